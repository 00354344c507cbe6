#include "core/import/composeimporter.h"

#include "core/catalog/catalog.h"
#include "core/import/composecontext.h"
#include "core/import/composemerger.h"
#include "core/import/composeservice.h"
#include "core/import/importlayout.h"
#include "core/import/importyaml.h"
#include "core/io/yamlparser.h"
#include "core/model/naming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>
#include <vector>

namespace Stackdraft::Core {
namespace {

using Kind = ImportNote::Kind;

// "shop/docker-compose.yml" -> "shop"; "angular.compose.yaml" -> "angular".
QString projectNameFor(const QString &path)
{
    const QFileInfo info(path);
    QString base = info.fileName();
    static const QRegularExpression suffix(
        QStringLiteral("(^|[.-])(docker-)?compose([.-][^.]*)?\\.ya?ml$"));
    base.remove(suffix);
    if (base.isEmpty())
        base = info.absoluteDir().dirName();
    return base;
}

// Top-level keys: what each is and what of it is not modelled.
void readTopLevel(ComposeContext &context, const YamlNode &root)
{
    for (size_t i = 0; i < root.keys.size(); ++i) {
        const QString &key = root.keys[i].scalar;
        const YamlNode &value = root.values[i];
        if (key == QLatin1String("services") || key == QLatin1String("name"))
            continue;
        if (key == QLatin1String("version")) {
            context.note(
                Kind::Info, root.keys[i], key,
                QT_TRANSLATE_NOOP("Import", "obsolete in the Compose Specification; ignored"));
        } else if (key == QLatin1String("networks") || key == QLatin1String("volumes")) {
            for (size_t j = 0; j < value.keys.size(); ++j) {
                const QString path = key + QLatin1Char('.') + value.keys[j].scalar;
                if (value.values[j].isMap())
                    context.leftOut(value.values[j], path, {});
            }
            if (key == QLatin1String("networks") && !value.keys.empty()) {
                context.note(Kind::Info, root.keys[i], key,
                             QT_TRANSLATE_NOOP("Import",
                                               "networks are not modelled: connections are "
                                               "inferred from them, and exports use one network"));
            }
        } else if (key == QLatin1String("secrets")) {
            for (size_t j = 0; j < value.keys.size(); ++j) {
                context.note(Kind::Info, value.keys[j],
                             key + QLatin1Char('.') + value.keys[j].scalar,
                             QT_TRANSLATE_NOOP("Import",
                                               "where the secret's value comes from is not read: "
                                               "secret values never enter the project"));
            }
        } else if (key.startsWith(QLatin1String("x-"))) {
            context.note(Kind::Info, root.keys[i], key,
                         QT_TRANSLATE_NOOP("Import",
                                           "extension field: read only where YAML anchors use it"));
        } else {
            context.note(Kind::LeftOut, root.keys[i], key,
                         QT_TRANSLATE_NOOP("Import", "not modelled"));
        }
    }
}

// Services on the same named network talk to each other: where no dependency or variable says
// so already, a connection is inferred in the direction traffic usually flows.
void inferFromNetworks(ComposeContext &context,
                       const std::vector<std::unique_ptr<ComposeService>> &services,
                       const YamlNode &servicesNode)
{
    ImportAssembler &assembler = context.assembler();
    QHash<QString, QStringList> members;
    QStringList order;
    for (const auto &service : services) {
        for (const QString &network : service->networks()) {
            if (!members.contains(network))
                order << network;
            members[network] << service->id();
        }
    }
    QHash<QString, int> tiers;
    for (const Component &c : assembler.project().components)
        tiers.insert(c.id, ImportLayout::tier(assembler.catalog().type(c.type)));
    for (const QString &network : std::as_const(order)) {
        const QStringList &ids = members[network];
        for (const QString &a : ids) {
            for (const QString &b : ids) {
                if (a == b || assembler.connected(a, b)
                    || !ImportLayout::directed(tiers[a], tiers[b]))
                    continue;
                assembler.connect(a, b);
                context.note(Kind::Info, servicesNode, QStringLiteral("networks.") + network,
                             QT_TRANSLATE_NOOP("Import",
                                               "connection %1 -> %2 inferred from the shared "
                                               "network"),
                             {a, b});
            }
        }
    }
}

} // namespace

QString ComposeImporter::name() const
{
    return QCoreApplication::translate("Import", "Docker Compose");
}

bool ComposeImporter::recognises(const ImportFile &file) const
{
    static const QRegularExpression services(QStringLiteral("(^|\\n)services:(\\s|$)"));
    return services.match(QString::fromUtf8(file.bytes.left(1 << 20))).hasMatch();
}

Result<ImportResult> ComposeImporter::import(const ImportRequest &request) const
{
    if (request.files.isEmpty())
        return Error {QCoreApplication::translate("Import", "no compose file given"), {}, 0, 0, {}};
    if (request.files.size() > ImportYaml::MaxFiles)
        return Error {QCoreApplication::translate("Import", "more than %1 compose files")
                          .arg(ImportYaml::MaxFiles),
                      {},
                      0,
                      0,
                      {}};
    YamlNode root;
    for (int i = 0; i < request.files.size(); ++i) {
        const ImportFile &file = request.files[i];
        Result<YamlNode> parsed = YamlParser::parse(file.bytes, file.path);
        if (!parsed)
            return parsed.error();
        YamlNode &tree = parsed.value();
        if (!tree.isMap())
            return ImportYaml::errorAt(
                file.path, tree,
                QCoreApplication::translate(
                    "Import", "not a compose file: the top level is %1, not a mapping")
                    .arg(tree.kindName()));
        const YamlNode *services = tree.find(QStringLiteral("services"));
        if (i == 0 && (!services || !services->isMap())) {
            return ImportYaml::errorAt(
                file.path, services ? *services : tree,
                QCoreApplication::translate(
                    "Import", "not a compose file: no 'services:' mapping at the top level"));
        }
        ImportYaml::offsetLines(tree, i);
        ImportYaml::resolveMergeKeys(tree);
        if (i == 0)
            root = std::move(tree);
        else
            ComposeMerger::merge(root, tree);
    }

    ImportResult result;
    ImportAssembler assembler(*request.catalog, result.report);
    ComposeContext context(request, assembler);
    readTopLevel(context, root);

    Environment env;
    env.id = request.environment.isEmpty() ? QStringLiteral("development") : request.environment;
    env.platform = Platform::Compose;
    env.priceBook = QStringLiteral("self-hosted");

    const YamlNode &servicesNode = *root.find(QStringLiteral("services"));
    std::vector<std::unique_ptr<ComposeService>> services;
    for (size_t i = 0; i < servicesNode.keys.size(); ++i) {
        auto service = std::make_unique<ComposeService>(context, servicesNode.keys[i].scalar,
                                                        servicesNode.values[i]);
        Deployment deployment;
        if (!service->addComponent(deployment))
            continue;
        env.deployments.append(deployment);
        services.push_back(std::move(service));
    }
    for (const auto &service : services)
        service->addConnections();
    for (const auto &service : services)
        service->addVariables();
    inferFromNetworks(context, services, servicesNode);

    Project &project = assembler.project();
    QString name = request.projectName;
    if (name.isEmpty())
        name = ImportYaml::text(root.find(QStringLiteral("name")));
    if (name.isEmpty())
        name = projectNameFor(request.files.first().path);
    project.name = Naming::toDnsLabel(name);
    if (project.name != name)
        project.title = name;
    ImportLayout::place(project, env, *request.catalog);
    project.environments.append(env);
    result.project = std::move(project);
    return result;
}

} // namespace Stackdraft::Core
