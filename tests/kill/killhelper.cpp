// The kill test's helper (tests/kill/killtest.sh):
//   killhelper generate COMPONENTS REVISION FILE   writes a project of COMPONENTS services; each
//                                                  REVISION changes the CPU of every tenth one
//   killhelper save FROM TO                        reads FROM and saves it over TO (ProjectWriter,
//                                                  the app's save): the process the test kills
#include "core/catalog/catalog.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace Stackdraft::Core;

namespace {

// Services of three kinds with ports, a connection chain and one Kubernetes environment: the
// exporters write a Deployment and a Service per component, and the documents grow with them.
Project generate(int components, int revision)
{
    static const char *const types[] = {"backend-service", "worker", "web-frontend"};
    Project project;
    project.name = QStringLiteral("killtest");
    project.title = QStringLiteral("Kill test");
    Environment production;
    production.id = QStringLiteral("production");
    production.platform = Platform::Kubernetes;
    for (int i = 0; i < components; ++i) {
        Component component;
        component.id = QStringLiteral("service-%1").arg(i);
        component.type = QString::fromLatin1(types[i % 3]);
        component.image = QStringLiteral("registry.example.com/service-%1:1.0.0").arg(i);
        component.ports = {Port {8080, 8080, QStringLiteral("TCP"), QStringLiteral("http")}};
        project.components.append(component);
        if (i > 0) {
            Connection connection;
            connection.from = component.id;
            connection.to = QStringLiteral("service-%1").arg(i - 1);
            project.connections.append(connection);
        }
        Deployment deployment;
        deployment.component = component.id;
        deployment.replicas = 2;
        deployment.resources.cpuRequest = (i % 10 == 0) ? 100 + 50 * revision : 250;
        deployment.resources.memoryRequest = 256 * 1024 * 1024;
        production.deployments.append(deployment);
    }
    project.environments = {production};
    return project;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "killhelper: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("generate")) {
        const Status written = ProjectWriter::writeFile(
            generate(args.at(2).toInt(), args.at(3).toInt()), args.at(4));
        return written ? 0 : fail(written.error().toString());
    }
    if (args.size() == 4 && args.at(1) == QLatin1String("save")) {
        const Result<Project> project = ProjectReader::readFile(args.at(2), Catalog::standard());
        if (!project)
            return fail(project.error().toString());
        const Status written = ProjectWriter::writeFile(*project, args.at(3));
        return written ? 0 : fail(written.error().toString());
    }
    return fail(
        QStringLiteral("usage: killhelper generate COMPONENTS REVISION FILE | save FROM TO"));
}
