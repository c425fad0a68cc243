// The man page and the bash and zsh completions, written from the command
// definitions themselves (the CLI11 app main() builds), so they cannot drift
// from `crossboard --help`. CMake runs the hidden options after building the
// binary and installs what they print:
//   crossboard --generate-man                  > crossboard.1
//   crossboard --generate-completions bash|zsh > crossboard.bash / _crossboard
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"

namespace crossboard::cli {
namespace {

// A command as the page and the completions name it: "search", "watch add".
struct Command {
  std::string path;
  const CLI::App* app;
};

// Every command and nested command (watch add, watch list, watch run), in --help order.
void collect(const CLI::App& app, const std::string& prefix, std::vector<Command>& out) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name().empty()) continue;  // an option group, not a command
    std::string path = prefix.empty() ? sub->get_name() : prefix + " " + sub->get_name();
    out.push_back({path, sub});
    collect(*sub, path, out);
  }
}

std::vector<Command> commands(const CLI::App& app) {
  std::vector<Command> out;
  collect(app, "", out);
  return out;
}

// The option's names as typed: "-q, --quiet".
std::string option_names(const CLI::Option& opt) {
  std::string out;
  for (const std::string& s : opt.get_snames()) out += (out.empty() ? "-" : ", -") + s;
  for (const std::string& l : opt.get_lnames()) out += (out.empty() ? "--" : ", --") + l;
  return out;
}

// Every name an option can be typed as, for completion: "-q --quiet".
std::vector<std::string> option_words(const CLI::Option& opt) {
  std::vector<std::string> out;
  for (const std::string& s : opt.get_snames()) out.push_back("-" + s);
  for (const std::string& l : opt.get_lnames()) out.push_back("--" + l);
  return out;
}

// Flags have no type name; options that take a value name theirs ("TEXT", "INT").
bool takes_value(const CLI::Option& opt) { return !opt.get_type_name().empty(); }

// Text made safe for roff: backslashes doubled as \e, a line never starting
// with a control character, hyphens in option names kept as hyphens.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
    line_start = c == '\n';
  }
  return out;
}

void write_man(const CLI::App& app, std::ostream& out) {
  out << ".TH CROSSBOARD 1 \"\" \"crossboard\" \"User Commands\"\n"
      << ".SH NAME\ncrossboard \\- search and compare the minutes of English partnership boards\n"
      << ".SH SYNOPSIS\n.B crossboard\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n"
      << ".SH DESCRIPTION\n"
      << roff(app.get_description()) << "\n"
      << ".PP\nEach command with its arguments and options, as `crossboard COMMAND \\-\\-help' gives them.\n"
      << ".SH COMMANDS\n";
  for (const Command& c : commands(app)) {
    out << ".SS \"" << c.path << "\"\n" << roff(c.app->get_description()) << "\n";
    for (const CLI::Option* opt : c.app->get_options()) {
      out << ".TP\n";
      if (opt->get_positional())
        out << "\\fI" << roff(opt->get_name(true)) << "\\fR";
      else
        out << "\\fB" << roff(option_names(*opt)) << "\\fR"
            << (takes_value(*opt) ? " \\fI" + roff(opt->get_type_name()) + "\\fR" : std::string());
      out << "\n"
          << roff(opt->get_description().empty() ? "(no description)" : opt->get_description()) << "\n";
    }
  }
  out << ".SH EXIT STATUS\n"
      << ".TP\n"
      << kExitOk << "\nsuccess\n"
      << ".TP\n"
      << kExitSkipped << "\nthe run went on but some input was skipped (each file named with its reason)\n"
      << ".TP\n"
      << kExitUsage << "\nbad arguments, a bad query or an unknown topic\n"
      << ".TP\n"
      << kExitEnvironment << "\nthe environment failed: the index cannot be opened, read or written\n"
      << ".TP\n"
      << kExitLocked << "\nanother writer holds the index's lock\n"
      << ".TP\n"
      << kExitInterrupted << "\nindex was stopped by SIGINT or SIGTERM after committing\n"
      << ".SH ENVIRONMENT\n"
      << ".TP\nCROSSBOARD_DB\nthe index used when no \\-\\-db is given (else ./crossboard\\-index)\n"
      << ".TP\nCROSSBOARD_PDF_MODULE\nthe Poppler module to load for PDF files, instead of the installed "
         "one\n"
      << ".SH FILES\n"
      << ".TP\n.I PREFIX/lib/crossboard/libcrossboard_pdf.so\n"
      << "the PDF reader, loaded on the first PDF so that searches never load Poppler\n"
      << ".SH SEE ALSO\nREADME.md, docs/DESIGN.md and docs/json.md in the source tree.\n";
}

// Quoted for a shell's single-quoted string.
std::string single_quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string join_words(const CLI::App& app) {
  std::string out;
  for (const CLI::Option* opt : app.get_options())
    if (!opt->get_positional())
      for (const std::string& w : option_words(*opt)) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string subcommand_names(const CLI::App& app) {
  std::string out;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (!sub->get_name().empty()) out += (out.empty() ? "" : " ") + sub->get_name();
  return out;
}

// Bash: the command at word 1 (and a nested one at word 2), then that command's
// options after a '-', else file names (minutes, folders, index paths).
void write_bash(const CLI::App& app, std::ostream& out) {
  out << "# bash completion for crossboard (generated by crossboard --generate-completions bash)\n"
      << "_crossboard() {\n"
      << "  local cur=${COMP_WORDS[COMP_CWORD]}\n"
      << "  local commands=" << single_quoted(subcommand_names(app)) << "\n"
      << "  if ((COMP_CWORD == 1)); then\n"
      << "    COMPREPLY=($(compgen -W \"$commands --help --version\" -- \"$cur\"))\n"
      << "    return\n"
      << "  fi\n"
      << "  local command=${COMP_WORDS[1]} words='' nested=''\n"
      << "  if ((COMP_CWORD > 2)); then command=\"${COMP_WORDS[1]} ${COMP_WORDS[2]}\"; fi\n"
      << "  case $command in\n";
  // Longest paths first, so "watch add" is tried before "watch".
  std::vector<Command> all = commands(app);
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    out << "    " << single_quoted(it->path);
    if (it->path.find(' ') == std::string::npos) out << "|" << single_quoted(it->path + " ") << "*";
    out << ") words=" << single_quoted(join_words(*it->app))
        << " nested=" << single_quoted(subcommand_names(*it->app)) << " ;;\n";
  }
  out << "  esac\n"
      << "  if [[ $cur == -* ]]; then\n"
      << "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
      << "  elif [[ -n $nested ]] && ((COMP_CWORD == 2)); then\n"
      << "    COMPREPLY=($(compgen -W \"$nested\" -- \"$cur\"))\n"
      << "  else\n"
      << "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
      << "  fi\n"
      << "}\n"
      << "complete -o filenames -F _crossboard crossboard\n";
}

// A description made safe inside zsh's '[...]' and single quotes: its first
// sentence, on one line.
std::string zsh_description(std::string text) {
  for (char& c : text)
    if (c == '\n') c = ' ';
  if (size_t stop = text.find(". "); stop != std::string::npos) text.resize(stop);
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// Zsh: the commands with their descriptions, then each command's options
// with theirs; arguments complete as files.
void write_zsh(const CLI::App& app, std::ostream& out) {
  out << "#compdef crossboard\n"
      << "# zsh completion for crossboard (generated by crossboard --generate-completions zsh)\n"
      << "_crossboard() {\n"
      << "  local -a commands\n"
      << "  commands=(\n";
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (!sub->get_name().empty())
      out << "    " << single_quoted(sub->get_name() + ":" + zsh_description(sub->get_description())) << "\n";
  out << "  )\n"
      << "  if ((CURRENT == 2)); then\n"
      << "    _describe -t commands 'crossboard command' commands\n"
      << "    return\n"
      << "  fi\n"
      << "  local command=${words[2]}\n"
      << "  if ((CURRENT > 3)); then command=\"${words[2]} ${words[3]}\"; fi\n"
      << "  case $command in\n";
  std::vector<Command> all = commands(app);
  for (auto it = all.rbegin(); it != all.rend(); ++it) {
    out << "    " << single_quoted(it->path);
    if (it->path.find(' ') == std::string::npos) out << "|" << single_quoted(it->path + " ") << "*";
    out << ")\n      _arguments -s \\\n";
    for (const CLI::Option* opt : it->app->get_options()) {
      if (opt->get_positional()) continue;
      std::string spec = "[" + zsh_description(opt->get_description()) + "]";
      if (takes_value(*opt)) spec += ":" + zsh_description(opt->get_type_name()) + ":_files";
      for (const std::string& w : option_words(*opt)) out << "        " << single_quoted(w + spec) << " \\\n";
    }
    std::string nested = subcommand_names(*it->app);
    if (!nested.empty()) out << "        " << single_quoted("1:command:(" + nested + ")") << " \\\n";
    out << "        '*:file:_files'\n      ;;\n";
  }
  out << "  esac\n"
      << "}\n"
      << "_crossboard \"$@\"\n";
}

}  // namespace

bool write_reference(const CLI::App& app, int argc, char** argv, int& exit_code) {
  if (argc < 2) return false;
  std::string_view what = argv[1];
  if (what == "--generate-man" && argc == 2) {
    write_man(app, std::cout);
  } else if (what == "--generate-completions" && argc == 3 && std::string_view(argv[2]) == "bash") {
    write_bash(app, std::cout);
  } else if (what == "--generate-completions" && argc == 3 && std::string_view(argv[2]) == "zsh") {
    write_zsh(app, std::cout);
  } else if (what == "--generate-man" || what == "--generate-completions") {
    std::cerr << "crossboard: usage: crossboard --generate-man | --generate-completions bash|zsh\n";
    exit_code = kExitUsage;
    return true;
  } else {
    return false;
  }
  std::cout.flush();
  exit_code = std::cout ? kExitOk : kExitEnvironment;
  return true;
}

}  // namespace crossboard::cli
