// Relaxed atomic operations on plain arrays, for the parallel loops of ClusterAlgorithms
// (Swift's own atomics cannot be laid over an existing buffer). All are `static inline`, so
// they compile to single instructions in the Swift code that calls them.
#ifndef CLUSTERNET_CATOMICS_H
#define CLUSTERNET_CATOMICS_H

#include <stdint.h>

/// Reads `*value` as one indivisible load.
static inline int32_t catomic_load_int32(const int32_t *value) {
    return __atomic_load_n(value, __ATOMIC_RELAXED);
}

/// Writes `*value` as one indivisible store.
static inline void catomic_store_int32(int32_t *value, int32_t newValue) {
    __atomic_store_n(value, newValue, __ATOMIC_RELAXED);
}

/// Adds `delta` to `*value` and returns what it held before.
static inline int32_t catomic_fetch_add_int32(int32_t *value, int32_t delta) {
    return __atomic_fetch_add(value, delta, __ATOMIC_RELAXED);
}

#endif
