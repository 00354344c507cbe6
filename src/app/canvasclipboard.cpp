#include "app/canvasclipboard.h"

#include "core/edit/componentedits.h"
#include "core/io/projectreader.h"
#include "core/io/projectwriter.h"
#include "core/logging.h"
#include "core/model/project.h"
#include "document/commands/addcomponentcommand.h"
#include "document/commands/addconnectioncommand.h"
#include "document/commands/deploycommand.h"
#include "document/commands/macrocommand.h"
#include "document/projectdocument.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QSet>

namespace Stackdraft::App {
namespace {

// An id free both in the project and among the ids this paste already took.
QString freeId(const Core::Project &project, const QString &base, const QSet<QString> &taken)
{
    QString id = Core::Edit::uniqueComponentId(project, base);
    for (int n = 2; taken.contains(id); ++n)
        id = Core::Edit::uniqueComponentId(project, base + QStringLiteral("-%1").arg(n));
    return id;
}

void renameReferences(QList<Core::EnvVar> &variables, const QHash<QString, QString> &renamed)
{
    for (Core::EnvVar &variable : variables) {
        if (variable.kind == Core::EnvVar::Kind::Reference && renamed.contains(variable.component))
            variable.component = renamed.value(variable.component);
    }
}

} // namespace

QMimeData *CanvasClipboard::copy(const Core::Project &project, const QString &environmentId,
                                 const QStringList &componentIds)
{
    const Core::Environment *environment = project.environment(environmentId);
    if (!environment)
        return nullptr;
    Core::Project clip;
    clip.name = project.name;
    Core::Environment copied = *environment;
    copied.deployments.clear();
    const QSet<QString> wanted(componentIds.cbegin(), componentIds.cend());
    QSet<QString> included;
    for (const auto &[component, deployment] : project.deployments(*environment)) {
        if (!wanted.contains(component->id))
            continue;
        clip.components.append(*component);
        copied.deployments.append(*deployment);
        included.insert(component->id);
    }
    if (included.isEmpty())
        return nullptr;
    clip.environments.append(copied);
    // What the copies refer to comes along undeployed, so that the file reads back.
    QSet<QString> referenced;
    auto collect = [&](const QList<Core::EnvVar> &variables) {
        for (const Core::EnvVar &variable : variables) {
            if (variable.kind == Core::EnvVar::Kind::Reference
                && !included.contains(variable.component))
                referenced.insert(variable.component);
        }
    };
    for (const Core::Component &component : std::as_const(clip.components))
        collect(component.env);
    for (const Core::Deployment &deployment : std::as_const(copied.deployments))
        collect(deployment.envOverrides);
    for (const Core::Component &component : project.components) {
        if (referenced.contains(component.id))
            clip.components.append(component);
    }
    for (const Core::Connection &connection : project.connections) {
        if (included.contains(connection.from) && included.contains(connection.to))
            clip.connections.append(connection);
    }
    auto *mime = new QMimeData;
    const QByteArray bytes = Core::ProjectWriter::toBytes(clip);
    mime->setData(MimeType, bytes);
    mime->setText(QString::fromUtf8(bytes));
    return mime;
}

bool CanvasClipboard::canPaste(const QMimeData *mime)
{
    return mime && mime->hasFormat(MimeType);
}

Document::DocumentCommand *CanvasClipboard::paste(Document::ProjectDocument &document,
                                                  const QString &environmentId,
                                                  const QMimeData *mime, const QPointF &offset,
                                                  QStringList *pasted)
{
    if (!canPaste(mime))
        return nullptr;
    const Core::Project &project = document.project();
    const Core::Environment *target = project.environment(environmentId);
    if (!target)
        return nullptr;
    const auto read = Core::ProjectReader::read(mime->data(MimeType), QStringLiteral("clipboard"),
                                                document.catalog());
    if (!read || read->environments.size() != 1) {
        qCWarning(lcCore) << "Clipboard content is not a canvas selection:"
                          << (read ? QString() : read.error().toString());
        return nullptr;
    }
    const Core::Project &clip = read.value();
    const Core::Environment &source = clip.environments.first();

    // First decide what each copied component becomes here.
    QHash<QString, QString> renamed; // copies: old id -> new id
    QSet<QString> taken;
    QStringList deployedAgain; // existing components deployed here
    for (const Core::Deployment &deployment : source.deployments) {
        const QString &id = deployment.component;
        if (project.component(id) && !target->deploys(id)) {
            deployedAgain.append(id);
        } else {
            const QString newId = freeId(project, id, taken);
            taken.insert(newId);
            renamed.insert(id, newId);
        }
    }

    auto *macro = new Document::MacroCommand(
        &document,
        QCoreApplication::translate("CanvasClipboard", "Paste %n component(s)", nullptr,
                                    int(source.deployments.size())));
    QStringList ids;
    for (Core::Deployment deployment : source.deployments) {
        const QString oldId = deployment.component;
        renameReferences(deployment.envOverrides, renamed);
        if (renamed.contains(oldId)) {
            Core::Component component = *clip.component(oldId);
            component.id = renamed.value(oldId);
            renameReferences(component.env, renamed);
            deployment.component = component.id;
            deployment.position += offset;
            macro->add(
                new Document::AddComponentCommand(&document, component, environmentId, deployment));
        } else {
            macro->add(new Document::DeployCommand(&document, environmentId, deployment));
        }
        ids.append(deployment.component);
    }
    for (Core::Connection connection : clip.connections) {
        // Between two components deployed again, the project already has the connection.
        if (!renamed.contains(connection.from) && !renamed.contains(connection.to))
            continue;
        connection.from = renamed.value(connection.from, connection.from);
        connection.to = renamed.value(connection.to, connection.to);
        connection.id.clear(); // a new connection gets a new id
        macro->add(new Document::AddConnectionCommand(&document, connection));
    }
    if (pasted)
        *pasted = ids;
    return macro;
}

} // namespace Stackdraft::App
