#pragma once

// What every checkout screen test needs: a widget by object name, a signed-in
// member of staff, and a Stripe gateway pointed at the fake Stripe.

#include "checkoutfixture.h"
#include "fakestripe.h"
#include "stripe/curltransport.h"
#include "stripe/stripegateway.h"

#include <QObject>

#include <memory>

namespace msp::test {

template<typename T>
T *child(QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("missing widget %s", name);
    return w;
}

inline User staffMember(const CheckoutFixture &f, Role role = Role::FrontDesk,
                        const QString &name = QStringLiteral("Frankie"))
{
    User u;
    u.id = f.actor.userId;
    u.role = role;
    u.displayName = name;
    return u;
}

inline stripe::StripeConfig fakeStripeConfig(const FakeStripe &fake)
{
    stripe::StripeConfig config;
    config.apiKey = FakeStripe::apiKey();
    config.baseUrl = fake.baseUrl();
    return config;
}

inline std::unique_ptr<stripe::StripeGateway> gatewayTo(const stripe::StripeConfig &config)
{
    stripe::CurlOptions options;
    options.caBundlePath = FakeStripe::caCertificatePath();
    return std::make_unique<stripe::StripeGateway>(config, std::make_unique<stripe::CurlTransport>(options));
}

inline std::unique_ptr<stripe::StripeGateway> gatewayTo(const FakeStripe &fake)
{
    return gatewayTo(fakeStripeConfig(fake));
}

} // namespace msp::test
