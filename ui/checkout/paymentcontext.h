#pragma once

#include "domain/user.h"

#include <QString>

#include <optional>

class QWidget;

namespace msp::stripe {
class StripeGateway;
}

namespace msp::ui {

// What taking money needs beyond the store: who is signed in, the card
// gateway the app set up (null: card payments are not set up on this
// computer), whether the network is up, and the payment method a typed card
// uses. The checkout page holds the one the app keeps current.
struct PaymentContext {
    Actor actor;
    stripe::StripeGateway *gateway = nullptr;
    bool online = false;
    QString paymentMethod;
};

// The checkout page's context, found in the main window `widget` belongs to,
// for a dialog opened from another page (the calendar's booking and
// appointment dialogs). Empty when that window has no checkout page.
std::optional<PaymentContext> paymentContextNear(const QWidget *widget);

} // namespace msp::ui
