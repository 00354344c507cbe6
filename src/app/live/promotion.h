#pragma once

#include "core/model/environment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stackdraft::Core {
struct Project;
}

namespace Stackdraft::App {

// What differs, component by component, between two environments of a project, and the target
// environment's deployments after carrying a chosen subset over: "Promote staging → production".
// Pure (QtCore only).
class Promotion final
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::Promotion)

public:
    enum class Aspect {
        Deploy, // deployed in the source only: deploy it in the target as the source has it
        Undeploy, // deployed in the target only: remove it from the target
        Replicas,
        Resources,
        Autoscaling,
        Storage,
        Mode,
        Backup,
        Exposure,
        Command, // the deployment's own command and arguments
        EnvOverrides,
    };

    struct Difference
    {
        QString component;
        Aspect aspect = Aspect::Replicas;
        QString source; // the value in the source environment, for people
        QString target; // the value in the target environment

        friend bool operator==(const Difference &, const Difference &) = default;
    };

    // Every difference, in the project's component order, each component's in Aspect order.
    static QList<Difference> differences(const Core::Project &project, const QString &sourceId,
                                         const QString &targetId);
    // One change to the target environment's deployments.
    struct Change
    {
        enum class Kind { Deploy, Undeploy, Update };
        Kind kind = Kind::Update;
        Core::Deployment deployment; // the new deployment; for Undeploy only its component is set
    };
    // What carrying `chosen` over from the source makes of the target, one change per component
    // (other differences are left as they are). A deployment made here keeps the source's canvas
    // position.
    static QList<Change> changes(const Core::Project &project, const QString &sourceId,
                                 const QString &targetId, const QList<Difference> &chosen);

    static QString aspectName(Aspect aspect);
};

} // namespace Stackdraft::App
