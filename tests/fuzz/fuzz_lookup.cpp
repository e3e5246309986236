// Fuzz target: arbitrary bytes as a lookup query and a concordance phrase, against a small
// memory (the seed release's units): lookups must fail with mizan::Error only and return
// scores in 0..101.

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "mizan/core/error.hpp"
#include "mizan/tm/sqlite_store.hpp"

namespace {

// The memory, made once per process (libFuzzer calls the target millions of times), in a file
// removed when the process ends.
struct Memory {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("mizan-fuzz-lookup-" + std::to_string(::getpid()) + ".db"))
                         .string();
  std::unique_ptr<mizan::tm::Store> store;
  Memory() {
    remove_files();
    store = mizan::tm::open_sqlite_store({.path = path});
    const char* pairs[][2] = {
        {"CENTCOM forces conducted strikes against ISIS in Syria.",
         "نفذت قوات القيادة المركزية ضربات ضد داعش في سوريا."},
        {"There were no injuries to U.S. personnel.", "ولم تقع إصابات بين أفراد القوات الأميركية."},
        {"The incident is under investigation.", "الحادث قيد التحقيق."},
        {"Gen. Kurilla said the operations will continue.",
         "وقال الجنرال كوريلا إن العمليات ستستمر."},
    };
    auto session = store->begin_import();
    for (const auto& p : pairs) {
      mizan::TranslationUnit u;
      u.en = p[0];
      u.ar = p[1];
      session->add(u);
    }
    session->commit();
  }
  ~Memory() {
    store.reset();
    remove_files();
  }
  void remove_files() const {
    for (const std::string& file : mizan::tm::database_files(path))
      std::filesystem::remove(file);
  }
};

mizan::tm::Store& memory() {
  static Memory memory;
  return *memory.store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  mizan::tm::Store& store = memory();
  for (const mizan::Language from : {mizan::Language::kEnglish, mizan::Language::kArabic}) {
    try {
      mizan::tm::LookupOptions o;
      o.from = from;
      o.min_score = 0;
      for (const mizan::tm::Match& m : store.lookup(query, o)) {
        if (m.score < 0 || m.score > 101) __builtin_trap();
      }
      mizan::tm::ConcordanceOptions c;
      c.lang = from;
      (void)store.concordance(query, c);
    } catch (const mizan::Error&) {
    }
  }
  return 0;
}
