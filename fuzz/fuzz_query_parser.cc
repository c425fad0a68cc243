// libFuzzer target: query text through parse_query and Enquire.
#include "fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  crossboard::fuzz::query_parser(data, size);
  return 0;
}
