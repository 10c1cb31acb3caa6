#pragma once

#include <QStringList>

namespace msp::app::demo {

// Fixed catalogues the demo clinic draws from.
struct ServiceSpec {
    const char *name;
    int minutes;
    int bufferBefore;
    int bufferAfter;
    int priceDollars;
    const char *roomType;
    const char *deviceKind;
    const char *color;
    const char *loyaltyProgram; // "alle", "aspire", "xperience", "evolus" or ""
};

const QList<ServiceSpec> &services();
const QStringList &givenNames();
const QStringList &familyNames();
const QStringList &streets();

} // namespace msp::app::demo
