#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Stackdraft::Core {

// Catalog types read from what other tools write: an image name, the shape of a service that is
// built from source, a diagram label. Each answer is a bundled catalog id; "generic-service" when
// nothing is known, so no service is ever dropped for want of a type.
class TypeGuesser final
{
public:
    static constexpr const char *Generic = "generic-service";

    // The repository's last path part, without registry, tag or digest:
    // "docker.io/library/mysql:8.0@sha256:..." -> "mysql", "prom/prometheus" -> "prometheus".
    static QString imageName(const QString &image);
    // The type an image is known to be (mysql, mariadb -> mysql, bitnami/postgresql -> postgresql,
    // nginx/traefik/haproxy -> load-balancer, ...); empty when the image is not one we know.
    static QString fromImage(const QString &image);
    // Whether an image is a language runtime or a base OS (python, node, golang, openjdk, alpine):
    // the service is then the team's own code, typed like a built one.
    static bool isRuntimeImage(const QString &image);

    // What the team's own service (built from source, or on a runtime image) is, from the words
    // that name it (service name, build context and target, image) and what it listens on:
    // no port -> worker; a frontend word or a dev-server port -> web-frontend; else
    // backend-service.
    static QString forApplication(const QStringList &words, const QList<int> &ports,
                                  const QString &command);

    // A diagram node: the label's words first (MySQL, Load Balancer, Workers...), then the shape
    // (a cylinder is a data store).
    static QString fromLabel(const QString &label, bool cylinder);
};

} // namespace Stackdraft::Core
