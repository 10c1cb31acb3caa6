#pragma once

#include <QString>

// What tests/fixtures/store-v1.db holds: a store written by schema version 1
// (before the client search index), keyed with msp::test::fixtureKey().
// make_store_v1_fixture writes it; tst_migrations opens it with today's code.
namespace msp::test::v1fixture {

inline QString fileName()
{
    return QStringLiteral("store-v1.db");
}

inline QString clinicId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000001");
}
inline QString locationId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000002");
}
inline QString roomId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000003");
}
inline QString practitionerId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000004");
}
inline QString serviceId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000005");
}
inline QString joseId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000011");
}
inline QString zoeId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000012");
}
inline QString francoisId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000013");
}
inline QString appointmentId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000021");
}
inline QString userId()
{
    return QStringLiteral("018f0000-0000-7000-8000-000000000031");
}

} // namespace msp::test::v1fixture
