// crossboard watch (placeholder while being written).
#include "cli/commands.h"
namespace crossboard::cli {
void add_watch_command(CLI::App&, Runner&) {}
}  // namespace crossboard::cli
