#include "ecsplan.h"

#include "ecsplanbuilder.h"

#include <QCryptographicHash>

namespace Stackdraft::Plugins {

bool EcsPlan::hasPrivateSubnets() const
{
    return privateTasks || std::any_of(data.cbegin(), data.cend(), [](const DataService &d) {
               return d.realisation.kind != Core::Realisation::Kind::S3;
           });
}

bool EcsPlan::hasBackups() const
{
    return std::any_of(services.cbegin(), services.cend(),
                       [](const Service &s) { return s.volume.isBackedUp(); });
}

const EcsPlan::Service *EcsPlan::service(const QString &ident) const
{
    for (const Service &s : services) {
        if (s.ident == ident)
            return &s;
    }
    return nullptr;
}

QString EcsPlan::awsName(const QString &name, int maxLength)
{
    if (name.size() <= maxLength)
        return name;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
    QString head = name.left(maxLength - hash.size() - 1);
    while (head.endsWith(QLatin1Char('-')))
        head.chop(1);
    return head + QLatin1Char('-') + hash;
}

Core::Result<EcsPlan> EcsPlan::make(const Core::Project &project, const Core::Environment &env,
                                    const Core::Catalog &catalog)
{
    return EcsPlanBuilder(project, env, catalog).build();
}

} // namespace Stackdraft::Plugins
