#include "paymentcontext.h"

#include "checkoutpage.h"

#include <QWidget>

namespace msp::ui {

std::optional<PaymentContext> paymentContextNear(const QWidget *widget)
{
    // A dialog is a window of its own: climb past it to the main window.
    const QWidget *root = widget;
    while (root && root->parentWidget())
        root = root->parentWidget();
    if (!root)
        return std::nullopt;
    if (const auto *page = qobject_cast<const CheckoutPage *>(root))
        return page->paymentContext();
    if (const auto *page = root->findChild<CheckoutPage *>())
        return page->paymentContext();
    return std::nullopt;
}

} // namespace msp::ui
