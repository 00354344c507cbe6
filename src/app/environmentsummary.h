#pragma once

#include <QCoreApplication>
#include <QString>

namespace Stackdraft::Core {
class Catalog;
struct Environment;
struct Project;
} // namespace Stackdraft::Core

namespace Stackdraft::App {

// What an environment runs, in totals: the status bar's one-line summary.
struct EnvironmentSummary
{
    Q_DECLARE_TR_FUNCTIONS(Stackdraft::App::EnvironmentSummary)

public:
    // Core::EnvironmentTotals: the deployed components that run as our containers, their replicas
    // at rest and what they reserve, with the catalog's defaults where the file sets nothing.
    int components = 0;
    int replicas = 0;
    qint64 cpu = 0; // millicores: baseline replicas × effective request, summed
    qint64 memory = 0; // bytes
    qint64 cpuBudget = 0;
    qint64 memoryBudget = 0;
    QString platform; // translated platform name

    static EnvironmentSummary compute(const Core::Project &project,
                                      const Core::Environment &environment,
                                      const Core::Catalog &catalog);
    static QString platformName(const Core::Environment &environment);

    // "Kubernetes · Components: 5 · Replicas: 9 · CPU: 3.5 vCPU of 8 vCPU · Memory: 4 GiB"
    QString text() const;
};

} // namespace Stackdraft::App
