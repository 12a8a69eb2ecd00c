// Graphviz for Swift: the public headers plus one reader with deterministic object ids.
#ifndef CLUSTERNET_GRAPHVIZ_SHIM_H
#define CLUSTERNET_GRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

/// Parses DOT `text` into a graph whose object ids follow the document order; NULL on a syntax
/// error (the message is in aglasterr()). Close the graph with agclose.
static inline Agraph_t *clusternet_read_graph(const char *text) {
    static Agiodisc_t io;
    io.afread = clusternet_read;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    Agdisc_t discipline = { &AgMemDisc, &clusternet_id_discipline, &io };
    clusternet_reader reader = { text, strlen(text), 0 };
    return agread(&reader, &discipline);
}

#endif
