// crossboard cooccur (placeholder while being written).
#include "cli/commands.h"
namespace crossboard::cli {
void add_cooccur_command(CLI::App&, Runner&) {}
}  // namespace crossboard::cli
