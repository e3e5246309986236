#include "mizan/text/transliterate.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <mutex>
#include <optional>
#include <vector>

#include "mizan/core/error.hpp"

namespace mizan::text {
namespace {

struct ResourceCloser {
  void operator()(UResourceBundle* r) const { ures_close(r); }
};
using Resource = std::unique_ptr<UResourceBundle, ResourceCloser>;

// ICU builds a transform named by ID through its registry, and the registry's first use indexes
// every transform ICU ships: about 20 ms (callgrind: 59 % of `mizan align` on the seed pair),
// more than reading, segmenting and aligning a press release. So the two rule sets we need are
// read from ICU's own transform data and compiled on their own, and the normalisation steps their
// `::NFD;`-style lines name run through Normalizer2, which needs no registry. The rule text sits
// in translit/root under RuleBasedTransliteratorIDs/<ID>/file/resource (an ID may be an alias of
// another); when the data is not laid out so (another ICU), the caller takes the registry path.
std::optional<icu::UnicodeString> forward_rules(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  Resource root(
      ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "translit", "root", &status));
  Resource ids(ures_getByKey(root.get(), "RuleBasedTransliteratorIDs", nullptr, &status));
  std::string name = id;
  for (int hops = 0; hops < 4 && U_SUCCESS(status); ++hops) {
    Resource entry(ures_getByKey(ids.get(), name.c_str(), nullptr, &status));
    UErrorCode alias_status = U_ZERO_ERROR;
    int32_t length = 0;
    const UChar* alias = ures_getStringByKey(entry.get(), "alias", &length, &alias_status);
    if (U_SUCCESS(alias_status)) {
      name.clear();
      icu::UnicodeString(alias, length).toUTF8String(name);
      continue;
    }
    Resource file(ures_getByKey(entry.get(), "file", nullptr, &status));
    const UChar* direction = ures_getStringByKey(file.get(), "direction", &length, &status);
    if (U_FAILURE(status) ||
        icu::UnicodeString(direction, length) != icu::UnicodeString(u"FORWARD"))
      break;
    const UChar* rules = ures_getStringByKey(file.get(), "resource", &length, &status);
    if (U_SUCCESS(status)) return icu::UnicodeString(rules, length);
  }
  return std::nullopt;
}

// One step of a transform: a rule pass, a normalisation, or lowercasing.
struct Step {
  std::unique_ptr<icu::Transliterator> rules;
  const icu::Normalizer2* normalizer = nullptr;        // ICU's singleton
  std::unique_ptr<icu::FilteredNormalizer2> filtered;  // the normaliser under the filter
  bool lower = false;
};

// Rule syntax ignores Pattern_White_Space only: other spaces (U+2002 ...) are characters that
// Latin-ASCII maps, so UnicodeString::trim(), which takes them too, would empty a rule's left side.
icu::UnicodeString& trim_pattern_space(icu::UnicodeString& s) {
  int32_t begin = 0, end = s.length();
  while (begin < end && u_hasBinaryProperty(s.charAt(begin), UCHAR_PATTERN_WHITE_SPACE))
    ++begin;
  while (end > begin && u_hasBinaryProperty(s.charAt(end - 1), UCHAR_PATTERN_WHITE_SPACE))
    --end;
  s.retainBetween(begin, end);
  return s;
}

// The statements of ICU rule source: split at the semicolons that are outside quotes, escapes
// and [sets] (Latin-ASCII maps ⩴ to '::=', Arabic-Latin's last filter holds a ';').
std::vector<icu::UnicodeString> statements(const icu::UnicodeString& source) {
  std::vector<icu::UnicodeString> out;
  icu::UnicodeString current;
  bool quoted = false;
  int depth = 0;
  for (int32_t k = 0; k < source.length(); ++k) {
    const char16_t c = source.charAt(k);
    if (c == u'\\' && !quoted && k + 1 < source.length()) {
      current.append(c).append(source.charAt(++k));
      continue;
    }
    if (c == u'\'') {
      quoted = !quoted;
    } else if (!quoted && c == u'[') {
      ++depth;
    } else if (!quoted && c == u']' && depth > 0) {
      --depth;
    } else if (!quoted && depth == 0 && c == u';') {
      out.push_back(trim_pattern_space(current));
      current.remove();
      continue;
    }
    current.append(c);
  }
  if (!trim_pattern_space(current).isEmpty()) out.push_back(current);
  return out;
}

// The steps of a rule set: its `::ID;` statements split the rules into passes, as ICU's own
// parser does. Only IDs that Normalizer2 or case mapping implement are taken; the global filter
// (`:: [set] ;`) restricts every step, and variables stay defined in the passes after their
// definition. False when the rules ask for anything else.
bool compile_steps(const icu::UnicodeString& source, std::vector<Step>& steps,
                   std::unique_ptr<icu::UnicodeSet>& filter) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString variables, pass;
  bool pass_has_rules = false;
  auto flush = [&]() {
    if (!pass_has_rules) return true;
    UParseError parse_error;
    Step step;
    step.rules.reset(icu::Transliterator::createFromRules("mizan-pass", variables + pass,
                                                          UTRANS_FORWARD, parse_error, status));
    if (U_FAILURE(status) || !step.rules) return false;
    if (filter) step.rules->adoptFilter(filter->clone());
    steps.push_back(std::move(step));
    pass.remove();
    pass_has_rules = false;
    return true;
  };
  for (icu::UnicodeString& statement : statements(source)) {
    if (statement.isEmpty()) continue;
    if (!statement.startsWith(icu::UnicodeString(u"::"))) {
      const bool variable = statement.startsWith(icu::UnicodeString(u"$")) &&
                            statement.indexOf(u'=') > 0 && statement.indexOf(u'>') < 0 &&
                            statement.indexOf(u'<') < 0 && statement.indexOf(u'→') < 0 &&
                            statement.indexOf(u'←') < 0 && statement.indexOf(u'↔') < 0;
      (variable ? variables : pass).append(statement).append(u';');
      pass_has_rules = pass_has_rules || !variable;
      continue;
    }
    trim_pattern_space(statement.remove(0, 2));
    if (statement.startsWith(icu::UnicodeString(u"["))) {  // the global filter
      if (!steps.empty() || pass_has_rules || filter) return false;
      filter = std::make_unique<icu::UnicodeSet>(statement, status);
      if (U_FAILURE(status)) return false;
      filter->freeze();
      continue;
    }
    if (!flush()) return false;
    // "NFKD (NFC)": the forward ID first, the reverse one in parentheses; "(lower)" and
    // "( [set] )" are for the reverse direction only.
    const int32_t paren = statement.indexOf(u'(');
    icu::UnicodeString forward = paren < 0 ? statement : icu::UnicodeString(statement, 0, paren);
    trim_pattern_space(forward);
    if (forward.isEmpty()) continue;
    Step step;
    if (forward == icu::UnicodeString(u"NFD")) {
      step.normalizer = icu::Normalizer2::getNFDInstance(status);
    } else if (forward == icu::UnicodeString(u"NFC")) {
      step.normalizer = icu::Normalizer2::getNFCInstance(status);
    } else if (forward == icu::UnicodeString(u"NFKD")) {
      step.normalizer = icu::Normalizer2::getNFKDInstance(status);
    } else if (forward == icu::UnicodeString(u"NFKC")) {
      step.normalizer = icu::Normalizer2::getNFKCInstance(status);
    } else if (forward.caseCompare(icu::UnicodeString(u"Lower"), 0) == 0) {
      step.lower = true;
    } else {
      return false;
    }
    if (U_FAILURE(status)) return false;
    if (step.normalizer && filter) {
      step.filtered = std::make_unique<icu::FilteredNormalizer2>(*step.normalizer, *filter);
    }
    steps.push_back(std::move(step));
  }
  return flush();
}

// The transform compiled from ICU's rule data: its steps, each with the filter of its rule set.
// Compiling costs about 3 ms, so a process compiles it once and every ArabicTransliterator shares
// it (a batch ingest makes an aligner per document); ICU transliterators are not safe to run from
// two threads at once, hence the lock.
class CompiledTransform {
 public:
  struct Stage {
    std::vector<Step> steps;
    std::unique_ptr<icu::UnicodeSet> filter;  // owned here: the FilteredNormalizer2s refer to it
  };

  /// The process's compiled transform; null when ICU's rule data is not laid out as expected.
  static std::shared_ptr<const CompiledTransform> shared() {
    static const std::shared_ptr<const CompiledTransform> compiled = compile();
    return compiled;
  }

  void run(icu::UnicodeString& s) const {
    const std::lock_guard<std::mutex> lock(mutex_);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString normalized;
    for (const Stage& stage : stages_) {
      for (const Step& step : stage.steps) {
        if (step.rules) {
          step.rules->transliterate(s);
        } else if (step.normalizer) {
          if (step.filtered) {
            step.filtered->normalize(s, normalized, status);
          } else {
            step.normalizer->normalize(s, normalized, status);
          }
          s.swap(normalized);
        } else if (step.lower) {
          s.toLower(icu::Locale::getRoot());
        }
      }
    }
    if (U_FAILURE(status)) {
      throw Error(ExitCode::kSoftware, std::string("ICU normalisation: ") + u_errorName(status));
    }
  }

 private:
  static std::shared_ptr<const CompiledTransform> compile() {
    auto compiled = std::make_shared<CompiledTransform>();
    for (const char* id : {"Arabic-Latin", "Latin-ASCII"}) {
      const std::optional<icu::UnicodeString> rules = forward_rules(id);
      Stage stage;
      if (!rules || !compile_steps(*rules, stage.steps, stage.filter)) return nullptr;
      compiled->stages_.push_back(std::move(stage));
    }
    Stage lower;
    lower.steps.emplace_back().lower = true;
    compiled->stages_.push_back(std::move(lower));
    return compiled;
  }

  std::vector<Stage> stages_;
  mutable std::mutex mutex_;
};

}  // namespace

struct ArabicTransliterator::Impl {
  std::shared_ptr<const CompiledTransform> compiled;  // either this, shared ...
  std::unique_ptr<icu::Transliterator> transform;     // ... or ICU's registry-built transform

  void run(icu::UnicodeString& s) const {
    if (compiled) {
      compiled->run(s);
    } else {
      transform->transliterate(s);
    }
  }
};

ArabicTransliterator::ArabicTransliterator(Build build) : impl_(std::make_unique<Impl>()) {
  // Latin-ASCII strips the diacritics of the scholarly transcription (ḥ -> h, ṣ -> s) so that
  // the result compares with English spellings; Lower is for the Latin text passed through.
  if (build == Build::kFromRuleData) {
    impl_->compiled = CompiledTransform::shared();
    if (impl_->compiled) return;
  }
  UErrorCode status = U_ZERO_ERROR;
  impl_->transform.reset(icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII; Lower",
                                                             UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !impl_->transform) {
    throw Error(ExitCode::kSoftware,
                std::string("ICU Arabic-Latin transform: ") + u_errorName(status));
  }
}

ArabicTransliterator::~ArabicTransliterator() = default;
ArabicTransliterator::ArabicTransliterator(ArabicTransliterator&&) noexcept = default;
ArabicTransliterator& ArabicTransliterator::operator=(ArabicTransliterator&&) noexcept = default;

bool ArabicTransliterator::uses_registry() const {
  return impl_->transform != nullptr;
}

std::string ArabicTransliterator::to_ascii(std::string_view utf8) const {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  impl_->run(s);
  std::string out;
  s.toUTF8String(out);
  // Keep ASCII only: the hamza and ayn marks (ʾ ʿ) survive Latin-ASCII as modifier letters.
  std::string ascii;
  ascii.reserve(out.size());
  for (char c : out) {
    if (static_cast<unsigned char>(c) < 0x80) ascii += c;
  }
  return ascii;
}

}  // namespace mizan::text
