#include "scheduling/catalog.h"

namespace msp::scheduling {

namespace {
template<typename T>
int indexOf(const QList<T> &list, const EntityId &id)
{
    if (id.isNull())
        return -1;
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list.at(i).id == id)
            return int(i);
    return -1;
}

QList<int> preferredFirst(QList<int> candidates, int preferred)
{
    if (preferred >= 0 && candidates.removeOne(preferred))
        candidates.prepend(preferred);
    return candidates;
}
} // namespace

int Catalog::practitionerIndex(const EntityId &id) const
{
    return indexOf(practitioners, id);
}
int Catalog::serviceIndex(const EntityId &id) const
{
    return indexOf(services, id);
}
int Catalog::roomIndex(const EntityId &id) const
{
    return indexOf(rooms, id);
}
int Catalog::deviceIndex(const EntityId &id) const
{
    return indexOf(devices, id);
}

const Practitioner *Catalog::practitioner(const EntityId &id) const
{
    const int i = practitionerIndex(id);
    return i < 0 ? nullptr : &practitioners.at(i);
}

const Service *Catalog::service(const EntityId &id) const
{
    const int i = serviceIndex(id);
    return i < 0 ? nullptr : &services.at(i);
}

QList<int> Catalog::roomsFor(const Service &service, const EntityId &preferred) const
{
    QList<int> out;
    for (qsizetype i = 0; i < rooms.size(); ++i)
        if (service.roomType.isEmpty() || rooms.at(i).roomType == service.roomType)
            out.append(int(i));
    return preferredFirst(out, roomIndex(preferred));
}

QList<int> Catalog::devicesFor(const Service &service, const EntityId &preferred) const
{
    QList<int> out;
    if (service.deviceKind.isEmpty())
        return out;
    for (qsizetype i = 0; i < devices.size(); ++i)
        if (devices.at(i).kind == service.deviceKind)
            out.append(int(i));
    return preferredFirst(out, deviceIndex(preferred));
}

QList<int> Catalog::qualifiedFor(const EntityId &serviceId, const QList<EntityId> &only) const
{
    QList<int> out;
    const auto fits = [&](int i) {
        const Practitioner &p = practitioners.at(i);
        return p.active && p.qualifiedServiceIds.contains(serviceId) && !out.contains(i);
    };
    for (const EntityId &id : only) {
        const int i = practitionerIndex(id);
        if (i >= 0 && fits(i))
            out.append(i);
    }
    if (!only.isEmpty())
        return out;
    for (qsizetype i = 0; i < practitioners.size(); ++i)
        if (fits(int(i)))
            out.append(int(i));
    return out;
}

} // namespace msp::scheduling
