// crossboard terms (placeholder while being written).
#include "cli/commands.h"
namespace crossboard::cli {
void add_terms_command(CLI::App&, Runner&) {}
}  // namespace crossboard::cli
