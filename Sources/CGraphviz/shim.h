// Graphviz for Swift: the public headers plus one reader with deterministic object ids.
#ifndef CLUSTERNET_GRAPHVIZ_SHIM_H
#define CLUSTERNET_GRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

// Why a custom id discipline: cgraph's default gives a named object the address of its interned
// name as id, and keeps subgraphs ordered by id. Cluster order (and with it fdp layouts and the
// order clusters are drawn) then depends on where malloc placed strings, which changes between
// renders in one process. Here a named object's id follows the order names first appear in the
// document, so the same DOT text always gives the same graph.

typedef struct {
    Agraph_t *graph;
    char **names;            // names[k]: interned name of id 2k + 2, NULL once freed
    size_t *references;      // objects sharing names[k] (a node and a subgraph may share a name)
    size_t count, capacity;
    size_t *slots;           // open addressing on name content: k + 1, 0 = empty
    size_t slotCount;
    IDTYPE anonymous;        // next odd id for unnamed objects
} clusternet_id_state;

static inline uint64_t clusternet_hash(const char *text) {
    uint64_t hash = 1469598103934665603ULL;   // FNV-1a
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) { hash ^= *p; hash *= 1099511628211ULL; }
    return hash;
}

// The slot holding `text`, or the empty slot where it would go.
static inline size_t clusternet_slot(clusternet_id_state *state, const char *text) {
    size_t mask = state->slotCount - 1;
    size_t slot = (size_t)clusternet_hash(text) & mask;
    while (state->slots[slot] != 0 && strcmp(state->names[state->slots[slot] - 1] ? state->names[state->slots[slot] - 1] : "", text) != 0) {
        slot = (slot + 1) & mask;
    }
    return slot;
}

static inline int clusternet_grow(clusternet_id_state *state) {
    if (state->count == state->capacity) {
        size_t capacity = state->capacity ? state->capacity * 2 : 256;
        char **names = realloc(state->names, capacity * sizeof(char *));
        if (!names) return 0;
        state->names = names;
        size_t *references = realloc(state->references, capacity * sizeof(size_t));
        if (!references) return 0;
        state->references = references;
        state->capacity = capacity;
    }
    if ((state->count + 1) * 2 > state->slotCount) {
        size_t slotCount = state->slotCount ? state->slotCount * 2 : 512;
        size_t *slots = calloc(slotCount, sizeof(size_t));
        if (!slots) return 0;
        free(state->slots);
        state->slots = slots;
        state->slotCount = slotCount;
        // Freed names keep their slot empty-named (""), which only costs a probe; rehash the rest.
        for (size_t k = 0; k < state->count; k++) {
            if (!state->names[k]) continue;
            state->slots[clusternet_slot(state, state->names[k])] = k + 1;
        }
    }
    return 1;
}

static void *clusternet_id_open(Agraph_t *graph, Agdisc_t *discipline) {
    (void)discipline;
    clusternet_id_state *state = calloc(1, sizeof(clusternet_id_state));
    if (state) { state->graph = graph; state->anonymous = 1; }
    return state;
}

static long clusternet_id_map(void *opaque, int objtype, char *name, IDTYPE *id, int create) {
    (void)objtype;
    clusternet_id_state *state = opaque;
    if (!name) {
        if (!create) return 0;
        *id = state->anonymous;
        state->anonymous += 2;
        return 1;
    }
    if (state->slotCount > 0) {
        size_t slot = clusternet_slot(state, name);
        if (state->slots[slot] != 0) {
            size_t k = state->slots[slot] - 1;
            *id = (IDTYPE)(2 * k + 2);
            if (create) state->references[k]++;
            return 1;
        }
    }
    if (!create || !clusternet_grow(state)) return 0;
    size_t k = state->count++;
    state->names[k] = agstrdup(state->graph, name);
    state->references[k] = 1;
    state->slots[clusternet_slot(state, name)] = k + 1;
    *id = (IDTYPE)(2 * k + 2);
    return 1;
}

static long clusternet_id_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}

static void clusternet_id_free(void *opaque, int objtype, IDTYPE id) {
    (void)objtype;
    clusternet_id_state *state = opaque;
    if (id % 2 != 0 || id < 2) return;
    size_t k = (size_t)(id / 2 - 1);
    if (k >= state->count || !state->names[k] || state->references[k] == 0) return;
    if (--state->references[k] == 0) {
        agstrfree(state->graph, state->names[k]);
        state->names[k] = NULL;
    }
}

static char *clusternet_id_print(void *opaque, int objtype, IDTYPE id) {
    (void)objtype;
    clusternet_id_state *state = opaque;
    if (id % 2 != 0 || id < 2) return NULL;
    size_t k = (size_t)(id / 2 - 1);
    return k < state->count ? state->names[k] : NULL;
}

static void clusternet_id_close(void *opaque) {
    clusternet_id_state *state = opaque;
    free(state->names);
    free(state->references);
    free(state->slots);
    free(state);
}

static void clusternet_id_register(void *state, int objtype, void *object) {
    (void)state; (void)objtype; (void)object;
}

static Agiddisc_t clusternet_id_discipline = {
    clusternet_id_open, clusternet_id_map, clusternet_id_alloc, clusternet_id_free,
    clusternet_id_print, clusternet_id_close, clusternet_id_register
};

typedef struct {
    const char *data;
    size_t length, position;
} clusternet_reader;

// Hands the parser one line at a time, as cgraph's own memory reader does.
static int clusternet_read(void *channel, char *buffer, int size) {
    clusternet_reader *reader = channel;
    if (size <= 0 || reader->position >= reader->length) return 0;
    int count = 0;
    char c;
    do {
        c = reader->data[reader->position++];
        buffer[count++] = c;
    } while (c != '\n' && count < size && reader->position < reader->length);
    return count;
}

// Why fdp's own graphs get arenas: fdp collapses each cluster level into a "derived" graph
// (agopen with the default discipline) and orients every derived edge by comparing node
// addresses (`hd > tl` in fdpgen/layout.c; Graphviz issue #1214). Edge direction decides the
// order forces are summed in, so the layout depended on where malloc put the nodes: different on
// every run and every render. Bump allocation from a reserved region makes addresses grow in
// creation order, and creation order follows the document.
//
// cgraph keeps a global "graph of the current dictionary operation" that agdtdelete leaves set,
// so code may allocate or free through a graph that is already closed. Arenas therefore stay
// mapped until the whole render is over (clusternet_release_arenas), frees of arena memory are
// ignored wherever they arrive, and that global is cleared before the memory goes.

typedef struct {
    char *base;
    size_t used, size;
} clusternet_arena;

// malloc and clear, as cgraph's own allocator does (calloc would bypass glibc's thread cache and
// fragment the heap over many renders).
static void *clusternet_zeroed(size_t request) {
    void *pointer = malloc(request);
    if (pointer) memset(pointer, 0, request);
    return pointer;
}

// Virtual space only (MAP_NORESERVE): pages are committed as they are touched.
#define CLUSTERNET_ARENA_SIZE ((size_t)1 << 30)
#define CLUSTERNET_ARENA_LIMIT 256

typedef struct {
    clusternet_arena *arenas[CLUSTERNET_ARENA_LIMIT];
    size_t count;
} clusternet_arena_list;

// Every arena of the current render; only touched under GraphvizRenderer's lock. (A function's
// static, because Swift does not emit a header's zero-initialised globals.)
static clusternet_arena_list *clusternet_arenas(void) {
    static clusternet_arena_list list;
    return &list;
}

static int clusternet_in_arena(void *pointer) {
    clusternet_arena_list *list = clusternet_arenas();
    for (size_t k = 0; k < list->count; k++) {
        clusternet_arena *arena = list->arenas[k];
        if (arena->base && (char *)pointer >= arena->base && (char *)pointer < arena->base + arena->size) return 1;
    }
    return 0;
}

static void *clusternet_arena_open(Agdisc_t *discipline) {
    (void)discipline;
    clusternet_arena_list *list = clusternet_arenas();
    if (list->count == CLUSTERNET_ARENA_LIMIT) return NULL;
    clusternet_arena *arena = calloc(1, sizeof(clusternet_arena));
    if (!arena) return NULL;
    void *region = mmap(NULL, CLUSTERNET_ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region != MAP_FAILED) { arena->base = region; arena->size = CLUSTERNET_ARENA_SIZE; }
    list->arenas[list->count++] = arena;
    return arena;
}

// Zeroed memory, as cgraph expects; from the arena while it lasts, else from malloc (still
// correct, only no longer address-ordered).
static void *clusternet_arena_alloc(void *state, size_t request) {
    clusternet_arena *arena = state;
    size_t rounded = (request + 15) & ~(size_t)15;
    if (arena && arena->base && rounded <= arena->size - arena->used) {
        void *pointer = arena->base + arena->used;
        arena->used += rounded;
        return pointer;
    }
    return clusternet_zeroed(request);
}

static void *clusternet_arena_resize(void *state, void *pointer, size_t old, size_t request) {
    if (pointer && !clusternet_in_arena(pointer)) {
        char *moved = realloc(pointer, request);
        if (moved && request > old) memset(moved + old, 0, request - old);
        return moved;
    }
    void *moved = clusternet_arena_alloc(state, request);
    if (moved && pointer) memcpy(moved, pointer, old < request ? old : request);
    return moved;
}

static void clusternet_arena_free(void *state, void *pointer) {
    (void)state;
    if (pointer && !clusternet_in_arena(pointer)) free(pointer);
}

// Closing keeps the memory: a closed graph may still be reached (see above).
static void clusternet_arena_close(void *state) { (void)state; }

// Documents keep plain malloc, except that they ignore frees of arena memory.
static void *clusternet_heap_open(Agdisc_t *discipline) { (void)discipline; return NULL; }
static void *clusternet_heap_alloc(void *state, size_t request) { (void)state; return clusternet_zeroed(request); }
static void *clusternet_heap_resize(void *state, void *pointer, size_t old, size_t request) {
    if (pointer && clusternet_in_arena(pointer)) return clusternet_arena_resize(NULL, pointer, old, request);
    (void)state;
    char *moved = realloc(pointer, request);
    if (moved && request > old) memset(moved + old, 0, request - old);
    return moved;
}
static void clusternet_heap_free(void *state, void *pointer) { clusternet_arena_free(state, pointer); }

// No close function, like cgraph's own: with one, agclose leaves the graph's objects to the
// heap's close instead of freeing them one by one.
static Agmemdisc_t clusternet_heap = {
    clusternet_heap_open, clusternet_heap_alloc, clusternet_heap_resize, clusternet_heap_free, NULL
};

/// From here until clusternet_end_ordered_heaps, graphs opened with cgraph's default discipline
/// (fdp's derived graphs) allocate from address-ordered arenas.
static inline void clusternet_begin_ordered_heaps(void) {
    AgMemDisc.open = clusternet_arena_open;
    AgMemDisc.alloc = clusternet_arena_alloc;
    AgMemDisc.resize = clusternet_arena_resize;
    AgMemDisc.free = clusternet_arena_free;
    AgMemDisc.close = clusternet_arena_close;
}

// Exported by libcgraph 2.42 but missing from its public headers.
extern Dict_t *agdtopen(Agraph_t *graph, Dtdisc_t *discipline, Dtmethod_t *method);
extern int agdtclose(Agraph_t *graph, Dict_t *dictionary);

/// Back to plain malloc for default-discipline graphs (what AgMemDisc does out of the box), and
/// cgraph's "current dictionary graph" cleared: agdtopen/agdtclose on a graphless dictionary
/// leave it NULL.
static inline void clusternet_end_ordered_heaps(void) {
    AgMemDisc = clusternet_heap;
    static Dtdisc_t empty;
    Dict_t *dictionary = agdtopen(NULL, &empty, Dtoset);
    if (dictionary) agdtclose(NULL, dictionary);
}

/// Unmaps the arenas; call after clusternet_end_ordered_heaps and after closing the document.
static inline void clusternet_release_arenas(void) {
    clusternet_arena_list *list = clusternet_arenas();
    for (size_t k = 0; k < list->count; k++) {
        if (list->arenas[k]->base) munmap(list->arenas[k]->base, list->arenas[k]->size);
        free(list->arenas[k]);
        list->arenas[k] = NULL;
    }
    list->count = 0;
}

/// Creates cgraph's prototype graph (holder of default attributes) now, with plain malloc, so
/// it is never born inside an arena that a render later unmaps.
static inline void clusternet_prepare(void) {
    agattr(NULL, AGRAPH, "label", NULL);
}

/// Puts rand() and drand48() back in the state a fresh process starts with. Layouts draw from
/// them without always seeding first (sfdp's rand(), fdp when two nodes coincide), so the n-th
/// layout in a process would otherwise differ from the first.
static inline void clusternet_reset_random(void) {
    srand(1);
    srand48(0x1234ABCD);
}

/// Parses DOT `text` into a graph whose object ids follow the document order; NULL on a syntax
/// error (the message is in aglasterr()). Close the graph with agclose.
static inline Agraph_t *clusternet_read_graph(const char *text) {
    static Agiodisc_t io;
    io.afread = clusternet_read;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    Agdisc_t discipline = { &clusternet_heap, &clusternet_id_discipline, &io };
    clusternet_reader reader = { text, strlen(text), 0 };
    return agread(&reader, &discipline);
}

#endif
