#include "core/import/mermaidimporter.h"

#include "core/catalog/catalog.h"
#include "core/import/importassembler.h"
#include "core/import/importlayout.h"
#include "core/import/mermaidflowchart.h"
#include "core/import/typeguesser.h"
#include "core/model/naming.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Stackdraft::Core {
namespace {

using Kind = ImportNote::Kind;

struct Block
{
    QString text;
    int firstLine = 0; // 1-based line of the diagram's first line
};

// The diagrams of a file: every ```mermaid block of Markdown, or the whole file.
QList<Block> blocksOf(const QString &text)
{
    QList<Block> blocks;
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool fenced = false;
    for (const QString &line : lines)
        fenced = fenced || line.trimmed().startsWith(QLatin1String("```mermaid"));
    if (!fenced)
        return {{text, 1}};
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines[i].trimmed().startsWith(QLatin1String("```mermaid")))
            continue;
        Block block;
        block.firstLine = i + 2;
        int j = i + 1;
        for (; j < lines.size() && !lines[j].trimmed().startsWith(QLatin1String("```")); ++j)
            block.text += lines[j] + QLatin1Char('\n');
        blocks << block;
        i = j;
    }
    return blocks;
}

} // namespace

QString MermaidImporter::name() const
{
    return QCoreApplication::translate("Import", "Mermaid flowchart");
}

bool MermaidImporter::recognises(const ImportFile &file) const
{
    for (const Block &block : blocksOf(QString::fromUtf8(file.bytes.left(1 << 20)))) {
        for (const QString &line : block.text.split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("%%")))
                continue;
            if (MermaidFlowchart::isFlowchart(line))
                return true;
            break;
        }
    }
    return false;
}

Result<ImportResult> MermaidImporter::import(const ImportRequest &request) const
{
    ImportResult result;
    ImportAssembler assembler(*request.catalog, result.report);
    Environment env;
    env.id = request.environment.isEmpty() ? QStringLiteral("development") : request.environment;
    env.platform = Platform::Compose;
    env.priceBook = QStringLiteral("self-hosted");
    QHash<QString, QString> ids; // Mermaid node id -> component id, across blocks and files
    QHash<QString, int> groups; // group id -> index
    int flowcharts = 0;
    for (const ImportFile &file : request.files) {
        for (const Block &block : blocksOf(QString::fromUtf8(file.bytes))) {
            MermaidFlowchart chart;
            if (!MermaidFlowchart::parse(block.text, block.firstLine, chart)) {
                const QString kind
                    = block.text.trimmed().section(QLatin1Char('\n'), 0, 0).simplified();
                result.report.add(Kind::LeftOut, file.path, block.firstLine, {},
                                  QT_TRANSLATE_NOOP("Import",
                                                    "a '%1' diagram is not a flowchart; not "
                                                    "imported"),
                                  {kind.left(40)});
                continue;
            }
            ++flowcharts;
            for (const MermaidFlowchart::Node &node : std::as_const(chart.nodes)) {
                if (ids.contains(node.id))
                    continue;
                Component component;
                component.label = node.label;
                component.type
                    = TypeGuesser::fromLabel(node.label == node.id ? node.id : node.label,
                                             node.shape == MermaidFlowchart::Shape::Cylinder);
                const QString id = assembler.addComponent(component, Naming::toDnsLabel(node.id),
                                                          {file.path, node.line, 0, node.id});
                ids.insert(node.id, id);
                Deployment deployment;
                deployment.component = id;
                env.deployments.append(deployment);
            }
            for (const MermaidFlowchart::Subgraph &subgraph : std::as_const(chart.subgraphs)) {
                Group group;
                group.id = Naming::toDnsLabel(subgraph.title);
                group.label = subgraph.title;
                for (const MermaidFlowchart::Node &node : std::as_const(chart.nodes)) {
                    if (node.subgraph >= 0 && chart.subgraphs[node.subgraph].line == subgraph.line)
                        group.members << ids.value(node.id);
                }
                if (group.members.isEmpty()) {
                    result.report.add(
                        Kind::Info, file.path, subgraph.line, subgraph.title,
                        QT_TRANSLATE_NOOP("Import",
                                          "holds only other subgraphs: not a group of "
                                          "its own"));
                    continue;
                }
                if (const auto it = groups.constFind(group.id); it != groups.constEnd()) {
                    QStringList &members = assembler.project().groups[*it].members;
                    for (const QString &member : std::as_const(group.members)) {
                        if (!members.contains(member))
                            members << member;
                    }
                    continue;
                }
                groups.insert(group.id, int(assembler.project().groups.size()));
                assembler.project().groups.append(group);
            }
            for (const MermaidFlowchart::Edge &edge : std::as_const(chart.edges)) {
                const QString from = ids.value(edge.from);
                const QString to = ids.value(edge.to);
                if (from == to) {
                    result.report.add(
                        Kind::LeftOut, file.path, edge.line, edge.from,
                        QT_TRANSLATE_NOOP("Import", "an edge to itself is not modelled"));
                    continue;
                }
                assembler.connect(from, to, edge.label);
                if (edge.both)
                    assembler.connect(to, from, edge.label);
            }
            for (const MermaidFlowchart::Skipped &skipped : std::as_const(chart.skipped))
                result.report.add(Kind::LeftOut, file.path, skipped.line, skipped.text.left(60),
                                  skipped.reason);
        }
    }
    if (flowcharts == 0) {
        return Error {
            QCoreApplication::translate(
                "Import", "no Mermaid flowchart ('graph' or 'flowchart' diagram) in the input"),
            request.files.value(0).path,
            0,
            0,
            {}};
    }
    Project &project = assembler.project();
    const QString name = request.projectName.isEmpty()
        ? QFileInfo(request.files.value(0).path).completeBaseName()
        : request.projectName;
    project.name = Naming::toDnsLabel(name);
    if (project.name != name)
        project.title = name;
    ImportLayout::place(project, env, *request.catalog);
    project.environments.append(env);
    result.project = std::move(project);
    return result;
}

} // namespace Stackdraft::Core
