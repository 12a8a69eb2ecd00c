#include "CFuzzerDriver.h"
#include <stdio.h>
#include <stdlib.h>

// libFuzzer's own main (which the linker may pull in, SwiftPM's renamed main notwithstanding)
// refers to this; the targets' main calls LLVMFuzzerRunDriver with their test instead, so
// reaching it means the wrong main ran.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    (void)data;
    (void)size;
    fputs("the fuzz target's own main did not run; see Tools/fuzz/Package.swift\n", stderr);
    abort();
}
