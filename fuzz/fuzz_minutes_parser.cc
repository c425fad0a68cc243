// libFuzzer target: minutes text through normalise_text, parse_minutes and annotate.
#include "fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  crossboard::fuzz::minutes_parser(data, size);
  return 0;
}
