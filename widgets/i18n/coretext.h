#pragma once

#include <QString>

#include <string>

namespace ui {

/// A text that comes from core (analysis names, parameters, method notes, result titles, axes,
/// legends, table texts), translated in the context "core". Texts with numbers in them ("N
/// (samples), k = 4") are looked up by their pattern ("N (samples), k = %1") when the whole text
/// has no translation. translations/corestrings.cpp lists them for lupdate.
QString coreText(const std::string &text);

} // namespace ui
