#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>

namespace msp::reconcile {

enum class TextEncoding {
    Utf8,
    Utf8WithBom,
    Windows1252,
};

QString encodingName(TextEncoding encoding);

// Spreadsheet exports arrive as UTF-8 (with or without a byte-order mark) or,
// from older Windows tools, as Windows-1252. Valid UTF-8 wins; anything else is
// read as Windows-1252, which maps every byte to a character and never fails.
TextEncoding detectEncoding(QByteArrayView bytes);

// The text as UTF-8 without a byte-order mark.
std::string toUtf8(QByteArrayView bytes, TextEncoding encoding);

bool isValidUtf8(QByteArrayView bytes);

} // namespace msp::reconcile
