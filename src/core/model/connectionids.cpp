#include "core/model/connectionids.h"

#include <QHash>
#include <QSet>

namespace Stackdraft::Core::ConnectionIds {
namespace {

QString pairKey(const QString &from, const QString &to)
{
    return from + QLatin1String("->") + to;
}

QString firstFree(const QSet<QString> &taken, const QString &from, const QString &to, int rank)
{
    QString id = derive(from, to, rank);
    while (taken.contains(id))
        id = derive(from, to, ++rank);
    return id;
}

} // namespace

QString derive(const QString &from, const QString &to, int rank)
{
    // '>' and '.' never occur in a component id (a DNS-1123 label), so no two pairs or ranks can
    // derive the same id, and the id is written plain in YAML.
    const QString id = pairKey(from, to);
    return rank <= 1 ? id : id + QLatin1Char('.') + QString::number(rank);
}

QStringList derived(const QList<Connection> &connections)
{
    QHash<QString, int> ranks;
    ranks.reserve(connections.size());
    QStringList ids;
    ids.reserve(connections.size());
    for (const Connection &c : connections)
        ids.append(derive(c.from, c.to, ++ranks[pairKey(c.from, c.to)]));
    return ids;
}

void assign(QList<Connection> &connections)
{
    QSet<QString> taken;
    bool missing = false;
    for (const Connection &c : std::as_const(connections)) {
        if (c.id.isEmpty())
            missing = true;
        else
            taken.insert(c.id);
    }
    if (!missing)
        return;
    QHash<QString, int> ranks;
    for (Connection &c : connections) {
        const int rank = ++ranks[pairKey(c.from, c.to)];
        if (!c.id.isEmpty())
            continue;
        c.id = firstFree(taken, c.from, c.to, rank);
        taken.insert(c.id);
    }
}

QString forNew(const QList<Connection> &connections, const QString &from, const QString &to)
{
    QSet<QString> taken;
    taken.reserve(connections.size());
    int rank = 1;
    const QString key = pairKey(from, to);
    for (const Connection &c : connections) {
        taken.insert(c.id);
        if (pairKey(c.from, c.to) == key)
            ++rank;
    }
    return firstFree(taken, from, to, rank);
}

} // namespace Stackdraft::Core::ConnectionIds
