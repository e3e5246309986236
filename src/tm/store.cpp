#include "mizan/tm/store.hpp"

#include "mizan/text/clean.hpp"
#include "mizan/text/lines.hpp"
#include "mizan/text/storable_text.hpp"

namespace mizan::tm {

AddResult Store::add(const TranslationUnit& unit) {
  std::unique_ptr<ImportSession> session = begin_import();
  const AddResult result = session->add(unit);
  session->commit();
  return result;
}

std::string unit_problem(const TranslationUnit& unit, std::size_t max_side_bytes) {
  using text::FieldLines;
  const struct {
    const std::string* text;
    FieldLines lines;
    std::string_view name;
  } fields[] = {
      {&unit.en, FieldLines::kMany, "the English side"},
      {&unit.ar, FieldLines::kMany, "the Arabic side"},
      {&unit.en_markup, FieldLines::kMany, "the English markup"},
      {&unit.ar_markup, FieldLines::kMany, "the Arabic markup"},
      {&unit.en_locale, FieldLines::kOne, "the English locale"},
      {&unit.ar_locale, FieldLines::kOne, "the Arabic locale"},
      {&unit.prev_en, FieldLines::kMany, "the previous English segment"},
      {&unit.prev_ar, FieldLines::kMany, "the previous Arabic segment"},
      {&unit.next_en, FieldLines::kMany, "the next English segment"},
      {&unit.next_ar, FieldLines::kMany, "the next Arabic segment"},
      {&unit.creator, FieldLines::kOne, "the creator"},
      {&unit.changer, FieldLines::kOne, "the changer"},
      {&unit.tuid, FieldLines::kOne, "the unit's id (tuid)"},
      {&unit.notes, FieldLines::kMany, "the note"},
      {&unit.en_notes, FieldLines::kMany, "the English side's note"},
      {&unit.ar_notes, FieldLines::kMany, "the Arabic side's note"},
      {&unit.client, FieldLines::kOne, "the client"},
      {&unit.domain, FieldLines::kOne, "the domain"},
      {&unit.project, FieldLines::kOne, "the project"},
  };
  for (const auto& field : fields) {
    std::string problem =
        text::describe_storable_text_problem(*field.text, field.lines, field.name);
    if (!problem.empty()) return problem;
  }
  for (const TuOrigin& origin : unit.origins) {
    std::string problem = text::describe_storable_text_problem(origin.document, FieldLines::kOne,
                                                               "the document name");
    if (!problem.empty()) return problem;
  }
  for (const auto* props : {&unit.props, &unit.en_props, &unit.ar_props}) {
    for (const auto& [type, value] : *props) {
      std::string problem =
          text::describe_storable_text_problem(type, FieldLines::kMany, "a property type");
      if (problem.empty())
        problem =
            text::describe_storable_text_problem(value, FieldLines::kMany, "a property value");
      if (!problem.empty()) return problem;
    }
  }
  for (const auto* side : {&unit.en, &unit.ar}) {
    if (side->size() > max_side_bytes) {
      return std::string(side == &unit.en ? "the English" : "the Arabic") + " side is " +
             std::to_string(side->size()) + " bytes long, over the limit of " +
             std::to_string(max_side_bytes) + " (--max-unit-bytes)";
    }
    if (normalise_segment(*side).empty()) {
      return std::string("a translation unit needs both sides; the ") +
             (side == &unit.en ? "English" : "Arabic") + " side is empty";
    }
  }
  return {};
}

std::string normalise_segment(std::string_view text) {
  // clean() has turned every CR into LF, so trim() takes off what the memory always took off.
  return std::string(text::trim(text::clean(text)));
}

}  // namespace mizan::tm
