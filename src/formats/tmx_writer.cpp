// TMX 1.4b writer (see include/mizan/formats/tmx_writer.hpp for the field mapping).

#include "mizan/formats/tmx_writer.hpp"

#include <charconv>
#include <optional>

#include "mizan/formats/tmx_date.hpp"
#include "mizan/version.hpp"
#include "tmx_common.hpp"
#include "writer_util.hpp"
#include "xml_util.hpp"

namespace mizan::formats {
namespace {

std::string number(std::int64_t n) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, n);
  return std::string(buf, r.ptr);
}

// Shortest decimal that reads back as the same double (std::to_chars' guarantee), so that a
// confidence survives export and import exactly.
std::string number(double d) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, d);
  return std::string(buf, r.ptr);
}

}  // namespace

struct TmxWriter::Impl {
  ByteSink sink;
  TmxWriteOptions options;
  std::string out;  // serialised, not yet handed to the sink
  std::int64_t ordinal = 0;
  std::size_t replaced = 0;
  bool finished = false;
  std::string clean;  // scratch for sanitised strings

  Impl(ByteSink s, TmxWriteOptions o) : sink(std::move(s)), options(std::move(o)) {}

  std::string_view locale(Language lang, const TranslationUnit& u) const {
    const std::string& forced = lang == Language::kEnglish ? options.en_locale : options.ar_locale;
    if (!forced.empty()) return forced;
    const std::string& own = lang == Language::kEnglish ? u.en_locale : u.ar_locale;
    return own.empty() ? language_code(lang) : std::string_view(own);
  }

  // Text for an attribute, a note or a prop, where a character XML cannot carry has no
  // representation at all: it becomes U+FFFD and is counted.
  std::string_view sanitised(std::string_view s, const TranslationUnit& u, const char* what) {
    require_utf8(s, u, what);
    std::size_t pos = tmx::find_unrepresentable(s, 0);
    if (pos == std::string_view::npos) return s;
    clean.clear();
    std::size_t from = 0;
    while (pos != std::string_view::npos) {
      clean.append(s.substr(from, pos - from));
      clean.append("\xEF\xBF\xBD");
      ++replaced;
      from = pos + tmx::unrepresentable_length(s, pos);
      pos = tmx::find_unrepresentable(s, from);
    }
    clean.append(s.substr(from));
    return clean;
  }

  // ` name="value"`; `value` is trusted ASCII (numbers, dates, fixed words).
  void plain_attribute(std::string_view name, std::string_view value) {
    out += ' ';
    out += name;
    out += "=\"";
    out += value;
    out += '"';
  }

  void attribute(std::string_view name, std::string_view value, const TranslationUnit& u) {
    out += ' ';
    out += name;
    out += "=\"";
    xml::append_attribute_value(out, sanitised(value, u, "an attribute"));
    out += '"';
  }

  // A <prop type="..."> (or, without a type, a <note>) on its own line.
  void element(std::string_view name, std::optional<std::string_view> type,
               std::string_view content, const TranslationUnit& u) {
    out += "\n      <";
    out += name;
    if (type) attribute("type", *type, u);
    out += '>';
    xml::append_text(out, sanitised(content, u, name == "note" ? "a note" : "a prop"));
    out += "</";
    out += name;
    out += '>';
  }

  // Segment text: escaped, and a character XML cannot carry as a placeholder tag that the
  // reader turns back into it.
  void segment_text(std::string_view s) {
    std::size_t from = 0;
    for (std::size_t pos = tmx::find_unrepresentable(s, 0); pos != std::string_view::npos;
         pos = tmx::find_unrepresentable(s, from)) {
      xml::append_text(out, s.substr(from, pos - from));
      const std::size_t len = tmx::unrepresentable_length(s, pos);
      out += "<ph type=\"";
      out += tmx::kCharPlaceholderType;
      out += "\">";
      out += tmx::char_placeholder_content(s.substr(pos, len));
      out += "</ph>";
      from = pos + len;
    }
    xml::append_text(out, s.substr(from));
  }

  void tuv(Language lang, const TranslationUnit& u) {
    const bool en = lang == Language::kEnglish;
    const std::string& text = en ? u.en : u.ar;
    const std::string& markup = en ? u.en_markup : u.ar_markup;
    out += "\n      <tuv";
    attribute("xml:lang", locale(lang, u), u);
    out += "><seg>";
    if (!markup.empty()) {
      // Inline markup as it came in, byte for byte (it was serialised by libxml2 on import).
      require_utf8(markup, u, en ? "English markup" : "Arabic markup");
      out += markup;
    } else {
      require_utf8(text, u, en ? "English text" : "Arabic text");
      segment_text(text);
    }
    out += "</seg></tuv>";
  }
};

TmxWriter::TmxWriter(ByteSink sink, TmxWriteOptions options)
    : impl_(std::make_unique<Impl>(std::move(sink), std::move(options))) {
  Impl& w = *impl_;
  const TmxWriteOptions& o = w.options;
  std::string srclang = "*all*";
  if (o.srclang == TmxSourceLanguage::kEnglish) srclang = o.en_locale.empty() ? "en" : o.en_locale;
  if (o.srclang == TmxSourceLanguage::kArabic) srclang = o.ar_locale.empty() ? "ar" : o.ar_locale;
  const TranslationUnit none;
  w.out.reserve(kSinkChunk + 64 * 1024);
  w.out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header";
  w.plain_attribute("creationtool", "mizan");
  w.attribute("creationtoolversion", kVersion, none);
  w.plain_attribute("segtype", "sentence");
  w.plain_attribute("o-tmf", "mizan");
  w.attribute("adminlang", o.adminlang.empty() ? "en" : o.adminlang, none);
  w.attribute("srclang", srclang, none);
  w.plain_attribute("datatype", "plaintext");
  if (o.creation_date != 0) w.plain_attribute("creationdate", format_tmx_date(o.creation_date));
  w.out += "/>\n  <body>";
}

TmxWriter::~TmxWriter() = default;

void TmxWriter::write(const TranslationUnit& u) {
  Impl& w = *impl_;
  if (w.finished) throw Error(ExitCode::kSoftware, "TmxWriter::write after finish");
  ++w.ordinal;
  const Language source = u.source_language;
  w.out += "\n    <tu";
  w.plain_attribute("tuid", number(u.id != 0 ? u.id : w.ordinal));
  if (u.created != 0) w.plain_attribute("creationdate", format_tmx_date(u.created));
  if (u.changed != 0) w.plain_attribute("changedate", format_tmx_date(u.changed));
  if (!u.creator.empty()) w.attribute("creationid", u.creator, u);
  w.plain_attribute("usagecount", number(u.usage_count));
  // With a declared srclang every <tu> presents that side first, as the header says (CAT tools
  // check the header against the project's direction); a unit translated the other way keeps
  // its own direction in a prop. Under *all* each <tu> declares its own source.
  const TmxSourceLanguage header = w.options.srclang;
  Language first = source;
  if (header == TmxSourceLanguage::kAll) {
    w.attribute("srclang", w.locale(source, u), u);
  } else {
    first = header == TmxSourceLanguage::kEnglish ? Language::kEnglish : Language::kArabic;
  }
  w.out += '>';

  for (const TuOrigin& o : u.origins) {
    w.element("prop", tmx::kPropDocument, o.document, u);
    if (o.position >= 0) w.element("prop", tmx::kPropPosition, number(o.position), u);
  }
  w.element("prop", tmx::kPropConfidence, number(u.confidence), u);
  if (first != source) w.element("prop", tmx::kPropSourceLanguage, language_code(source), u);
  const std::pair<const char*, const std::string*> context[] = {
      {tmx::kPropPrevEn, &u.prev_en},
      {tmx::kPropPrevAr, &u.prev_ar},
      {tmx::kPropNextEn, &u.next_en},
      {tmx::kPropNextAr, &u.next_ar},
  };
  for (const auto& [type, value] : context) {
    if (!value->empty()) w.element("prop", type, *value, u);
  }
  for (const auto& [type, value] : u.props)
    w.element("prop", type, value, u);
  if (!u.notes.empty()) w.element("note", std::nullopt, u.notes, u);
  w.tuv(first, u);
  w.tuv(other(first), u);
  w.out += "\n    </tu>";
  ++written_;
  pass_chunk(w.sink, w.out);
}

void TmxWriter::finish() {
  Impl& w = *impl_;
  if (w.finished) return;
  w.finished = true;
  w.out += "\n  </body>\n</tmx>\n";
  pass_chunk(w.sink, w.out, true);
}

std::size_t TmxWriter::replaced_characters() const {
  return impl_->replaced;
}

}  // namespace mizan::formats
