// read_pdf: the Poppler module's word boxes for each page, handed to lay_out_pages.
#include "corpus/pdf_reader.h"

#include <dlfcn.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "corpus/pdf_layout.h"
#include "corpus/poppler/pdf_words.h"

namespace crossboard::corpus {

namespace {

using PagesFunction = bool (*)(const char*, size_t, std::vector<PdfPage>*, std::string*);

constexpr const char* kModuleName = "libcrossboard_pdf.so";

// Where the module may be, first found wins: $CROSSBOARD_PDF_MODULE, beside
// the running program, in ../lib/crossboard from it (an installed layout),
// and where this build put it.
std::vector<std::string> module_candidates() {
  std::vector<std::string> out;
  if (const char* env = std::getenv("CROSSBOARD_PDF_MODULE"); env && *env) out.emplace_back(env);
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    out.push_back((exe.parent_path() / kModuleName).string());
    out.push_back((exe.parent_path() / ".." / "lib" / "crossboard" / kModuleName).string());
  }
#ifdef CROSSBOARD_PDF_MODULE_PATH
  out.emplace_back(CROSSBOARD_PDF_MODULE_PATH);
#endif
  return out;
}

struct Module {
  PagesFunction pages = nullptr;
  std::string error;  // why no module could be loaded
};

// Poppler links two dozen libraries (NSS, font, image codecs) that cost every
// run several milliseconds to load and relocate; most runs (search, analysis)
// never meet a PDF, so the module is opened on the first one, once.
const Module& pdf_module() {
  static const Module module = [] {
    Module m;
    std::string tried;
    for (const std::string& path : module_candidates()) {
      if (!std::filesystem::exists(path)) continue;
      void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!handle) {
        tried += std::string(tried.empty() ? "" : "; ") + dlerror();
        continue;
      }
      auto abi = reinterpret_cast<int (*)()>(dlsym(handle, "crossboard_pdf_module_abi"));
      auto pages = reinterpret_cast<PagesFunction>(dlsym(handle, "crossboard_pdf_pages"));
      if (!abi || !pages || abi() != CROSSBOARD_PDF_MODULE_ABI) {
        tried += std::string(tried.empty() ? "" : "; ") + path + " is from another crossboard build";
        dlclose(handle);
        continue;
      }
      m.pages = pages;  // the handle stays open for the life of the process
      return m;
    }
    m.error = "PDF support is not installed: " + std::string(kModuleName) + " not found beside crossboard" +
              (tried.empty() ? "" : " (" + tried + ")");
    return m;
  }();
  return module;
}

std::atomic<bool> g_cancelled{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

// Poppler's memory in the child: far above any real PDF's need, well below
// the machine's. Not set under AddressSanitizer, which maps terabytes of
// shadow memory.
constexpr rlim_t kPdfReadMemory = rlim_t{2} << 30;

// ---- the pages, sent from the child to the parent through a pipe ----

void put(std::string& out, const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
template <typename T>
void put(std::string& out, T v) {
  put(out, &v, sizeof v);
}

std::string encode_pages(const std::vector<PdfPage>& pages) {
  std::string out;
  put(out, pages.size());
  for (const PdfPage& page : pages) {
    put(out, page.width), put(out, page.height), put(out, page.words.size());
    for (const PdfWord& w : page.words) {
      put(out, w.text.size());
      put(out, w.text.data(), w.text.size());
      put(out, w.left), put(out, w.top), put(out, w.right), put(out, w.bottom), put(out, w.size);
      put(out, w.bold), put(out, w.space_after);
    }
  }
  return out;
}

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  T get() {
    T v{};
    if (in_.size() < sizeof v) throw std::runtime_error("short");
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return v;
  }
  std::string get_string(size_t n) {
    if (in_.size() < n) throw std::runtime_error("short");
    std::string out(in_.substr(0, n));
    in_.remove_prefix(n);
    return out;
  }

 private:
  std::string_view in_;
};

std::vector<PdfPage> decode_pages(std::string_view bytes) {
  Reader r(bytes);
  std::vector<PdfPage> pages(r.get<size_t>());
  for (PdfPage& page : pages) {
    page.width = r.get<double>(), page.height = r.get<double>();
    page.words.resize(r.get<size_t>());
    for (PdfWord& w : page.words) {
      w.text = r.get_string(r.get<size_t>());
      w.left = r.get<double>(), w.top = r.get<double>(), w.right = r.get<double>(), w.bottom = r.get<double>();
      w.size = r.get<double>();
      w.bold = r.get<bool>(), w.space_after = r.get<bool>();
    }
  }
  return pages;
}

void write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}

// In the child: read the pages and send a status byte ('1' pages follow,
// '0' an error follows) and the payload; never returns.
[[noreturn]] void child_read(PagesFunction pages_of, std::string_view bytes, int fd) {
#if !defined(__SANITIZE_ADDRESS__)
  rlimit memory{kPdfReadMemory, kPdfReadMemory};
  setrlimit(RLIMIT_AS, &memory);
#endif
  std::vector<PdfPage> pages;
  std::string error;
  bool ok = pages_of(bytes.data(), bytes.size(), &pages, &error);
  if (error.find("bad_alloc") != std::string::npos)
    error = "PDF needs over " + std::to_string(kPdfReadMemory >> 30) + " GB of memory to read: not read";
  write_all(fd, ok ? "1" + encode_pages(pages) : "0" + error);
  _exit(0);  // no atexit handlers, flushes or leak checks of the parent's state
}

// Runs `pages_of` on `bytes` in a child process, at most `seconds` long.
bool pages_in_child(PagesFunction pages_of, std::string_view bytes, double seconds, std::vector<PdfPage>& pages,
                    std::string& error) {
  int fds[2];
  if (pipe(fds) != 0) {
    error = std::string("cannot read the PDF: pipe failed: ") + std::strerror(errno);
    return false;
  }
  pid_t pid = fork();
  if (pid < 0) {
    error = std::string("cannot read the PDF: fork failed: ") + std::strerror(errno);
    close(fds[0]), close(fds[1]);
    return false;
  }
  if (pid == 0) {
    close(fds[0]);
    child_read(pages_of, bytes, fds[1]);
  }
  close(fds[1]);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  std::string out;
  bool timed_out = false, cancelled = false;
  for (char buffer[65536];;) {
    if ((cancelled = g_cancelled.load())) break;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if ((timed_out = left.count() <= 0)) break;
    // Wake at least every 100 ms to see a cancel.
    pollfd p{fds[0], POLLIN, 0};
    int ready = poll(&p, 1, static_cast<int>(std::min<long>(left.count(), 100)));
    if (ready < 0 && errno != EINTR) break;
    if (ready <= 0) continue;
    ssize_t n = ::read(fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buffer, static_cast<size_t>(n));
  }
  close(fds[0]);
  if (timed_out || cancelled) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (cancelled) {
    error = "interrupted";
    return false;
  }
  if (timed_out) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer,
                  "PDF took over %.0f s to read: not read (a page with very many pieces of text)", seconds);
    error = buffer;
    return false;
  }
  if (WIFSIGNALED(status) || out.empty()) {
    error = "PDF could not be read: the PDF reader stopped" +
            (WIFSIGNALED(status) ? " on signal " + std::to_string(WTERMSIG(status)) : std::string());
    return false;
  }
  if (out[0] == '0') {
    error = out.substr(1);
    return false;
  }
  try {
    pages = decode_pages(std::string_view(out).substr(1));
  } catch (const std::exception&) {
    error = "PDF could not be read: the PDF reader's answer was cut short";
    return false;
  }
  return true;
}

}  // namespace

void cancel_pdf_reads() { g_cancelled.store(true); }

FormatText read_pdf(std::string_view bytes, double seconds) {
  FormatText result;
  const Module& module = pdf_module();
  if (!module.pages) {
    result.error = module.error;
    return result;
  }
  std::vector<PdfPage> pages;
  if (!pages_in_child(module.pages, bytes, seconds, pages, result.error)) return result;
  size_t words = 0;
  for (const PdfPage& page : pages) words += page.words.size();
  if (pages.empty()) {
    result.error = "damaged PDF: no pages";
  } else if (words == 0) {
    result.error = "scanned PDF with no text layer (" + std::to_string(pages.size()) +
                   (pages.size() == 1 ? " page" : " pages") + "): needs OCR before it can be read";
  } else {
    result.text = text_from_markup(lay_out_pages(pages));
  }
  return result;
}

}  // namespace crossboard::corpus
