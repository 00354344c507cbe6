#pragma once

#include <QList>
#include <QString>

namespace Stackdraft::Core {

class Catalog;
struct Component;
struct Environment;
struct Project;

// A way in from the internet, decided once for every platform (Kubernetes Ingress, AWS ALB rules).
// Two shapes in the model lead to one:
//  - an entry component the platform itself realises (a load balancer or WAF whose realisation
//    runs no container: "ingress" on Kubernetes, "alb" on aws-ecs) deployed with a host or public:
//    its routes go to the containers it connects to, following other such entries
//    (waf -> lb -> frontend);
//  - a container deployed with a host of its own, or public: one route to itself.
// An entry without a host answers any host (an ALB's own DNS name); Kubernetes needs a host for an
// Ingress rule and makes none for it. A route's path is the target deployment's exposure path, else
// the connection's label when it is a path ("/api"), else "/". Routes are sorted longest path
// first, so "/api" wins over "/"; a path two targets share goes to the first connected.
struct PublicEntry
{
    struct Route
    {
        QString path;
        const Component *target = nullptr;
        int port = 0; // the target's primary port
    };

    const Component *component
        = nullptr; // the entry component (the workload itself for a public workload)
    QString name; // DNS label for the Ingress / ALB
    QString host; // empty: any host
    bool tls = false;
    QList<Route> routes;

    static QList<PublicEntry> list(const Project &project, const Environment &env,
                                   const Catalog &catalog);
};

} // namespace Stackdraft::Core
