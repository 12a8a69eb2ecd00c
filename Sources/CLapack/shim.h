// LAPACKE (Debian liblapacke-dev) for dense solves, CBLAS (libopenblas-dev) for products;
// both resolve to OpenBLAS's optimised kernels at link time.
#include <lapacke.h>
#include <cblas.h>
