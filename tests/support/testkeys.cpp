#include "support/testkeys.h"

#include "security/passwordhash.h"

namespace msp::test {

QByteArray fixtureKey()
{
    return QByteArray::fromHex("6d656473706173796e632d746573742d666978747572652d6b65792d30303031");
}

QByteArray randomKey()
{
    return security::randomBytes(32);
}

} // namespace msp::test
