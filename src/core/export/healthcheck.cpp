#include "core/export/healthcheck.h"

#include "core/catalog/componenttype.h"
#include "core/model/component.h"

namespace Stackdraft::Core {

HealthCheck HealthCheck::forComponent(const Component &component, const ComponentType &type,
                                      int port)
{
    HealthCheck check;
    check.port = type.isValid() && type.data().healthPort > 0 ? type.data().healthPort : port;
    QString path = component.properties.value(QStringLiteral("healthPath"));
    if (path.isEmpty() && type.isValid())
        path = type.data().healthPath;
    if (!path.isEmpty() && check.port > 0) {
        check.kind = Kind::Http;
        check.path = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    } else if (type.isValid() && !type.data().healthCommand.isEmpty()) {
        check.kind = Kind::Exec;
        check.command = type.data().healthCommand;
    } else if (port > 0) {
        check.kind = Kind::Tcp;
        check.port = port;
    }
    return check;
}

QString HealthCheck::httpToolFor(const QString &image)
{
    // "registry:5000/org/name:tag@sha256:..." -> repository "org/name", name "name", tag "tag".
    QString ref = image.section(QLatin1Char('@'), 0, 0);
    QString tag;
    const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
    if (colon > ref.lastIndexOf(QLatin1Char('/'))) {
        tag = ref.mid(colon + 1);
        ref.truncate(colon);
    }
    const QString name = ref.section(QLatin1Char('/'), -1);
    const QString repository = ref.section(QLatin1Char('/'), -2);
    // Alpine and BusyBox images carry BusyBox wget; the others below are checked against their
    // Dockerfiles.
    if (tag.contains(QLatin1String("alpine")) || name == QLatin1String("alpine")
        || name == QLatin1String("busybox"))
        return QStringLiteral("wget");
    if (repository == QLatin1String("prom/prometheus")
        || repository == QLatin1String("prom/alertmanager")
        || repository == QLatin1String("grafana/grafana") || name == QLatin1String("mongo-express")
        || repository == QLatin1String("rediscommander/redis-commander"))
        return QStringLiteral("wget");
    if (name == QLatin1String("nginx") || name == QLatin1String("elasticsearch")
        || name == QLatin1String("kibana"))
        return QStringLiteral("curl");
    if (name == QLatin1String("python") || name.startsWith(QLatin1String("python3")))
        return QStringLiteral("python");
    if (name == QLatin1String("node"))
        return QStringLiteral("node");
    return {};
}

QStringList HealthCheck::containerCommand(const QString &image, const QString &tool) const
{
    switch (kind) {
    case Kind::None:
    case Kind::Tcp:
        return {};
    case Kind::Exec:
        return command;
    case Kind::Http:
        break;
    }
    const QString url = QStringLiteral("http://localhost:%1%2").arg(port).arg(path);
    const QString chosen = tool.isEmpty() ? httpToolFor(image) : tool;
    if (chosen == QLatin1String("wget"))
        return {QStringLiteral("wget"), QStringLiteral("-q"), QStringLiteral("--spider"), url};
    if (chosen == QLatin1String("curl"))
        return {QStringLiteral("curl"), QStringLiteral("-fsS"), QStringLiteral("-o"),
                QStringLiteral("/dev/null"), url};
    if (chosen == QLatin1String("python"))
        return {QStringLiteral("python"), QStringLiteral("-c"),
                QStringLiteral("import urllib.request; urllib.request.urlopen('%1', timeout=4)")
                    .arg(url)};
    if (chosen == QLatin1String("node"))
        return {QStringLiteral("node"), QStringLiteral("-e"),
                QStringLiteral(
                    "require('http').get('%1', r => process.exit(r.statusCode < 400 ? 0 : 1))"
                    ".on('error', () => process.exit(1))")
                    .arg(url)};
    return {};
}

} // namespace Stackdraft::Core
