// libFuzzer's entry point for programs that have their own main (LLVM >= 11): SwiftPM renames
// an executable's main on Linux, so the fuzz targets call the driver instead of relying on
// libFuzzer's main.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
