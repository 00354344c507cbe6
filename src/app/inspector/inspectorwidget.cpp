#include "app/inspector/inspectorwidget.h"

#include "app/documentedits.h"
#include "app/inspector/componentform.h"
#include "app/inspector/connectionform.h"
#include "app/inspector/deploymentform.h"
#include "app/inspector/groupform.h"
#include "document/projectdocument.h"

#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Stackdraft::App {
namespace {

enum Page { EmptyPage, ComponentPage, ConnectionPage, GroupPage };

QWidget *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

} // namespace

InspectorWidget::InspectorWidget(Document::ProjectDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pages(new QStackedWidget(this))
    , m_hint(new QLabel(this))
    , m_componentForm(new ComponentForm(document.catalog()))
    , m_deploymentForm(new DeploymentForm)
    , m_connectionForm(new ConnectionForm)
    , m_groupForm(new GroupForm)
{
    setObjectName(QStringLiteral("inspector"));
    m_deploymentForm->setCatalog(&document.catalog());
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setText(tr("Select a component, a connection or a group on the canvas to edit it."));
    m_pages->addWidget(m_hint);

    auto *componentPage = new QWidget;
    auto *componentLayout = new QVBoxLayout(componentPage);
    componentLayout->addWidget(m_componentForm);
    componentLayout->addWidget(m_deploymentForm);
    componentLayout->addStretch();
    m_pages->addWidget(scrolled(componentPage, m_pages));
    m_pages->addWidget(scrolled(m_connectionForm, m_pages));
    m_pages->addWidget(scrolled(m_groupForm, m_pages));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_componentForm, &ComponentForm::edited, this,
            [this](const QString &field, const QList<Core::Component> &components) {
                const Core::Status done
                    = DocumentEdits::setComponents(m_document, field, components);
                if (!done)
                    reportFailure(done.error().message);
            });
    connect(m_componentForm, &ComponentForm::renameRequested, this,
            [this](const QString &oldId, const QString &newId) {
                const Core::Status done = DocumentEdits::renameComponent(m_document, oldId, newId);
                if (!done)
                    return reportFailure(done.error().message);
                for (QString &id : m_componentIds) {
                    if (id == oldId)
                        id = newId;
                }
                refresh();
            });
    connect(m_deploymentForm, &DeploymentForm::edited, this,
            [this](const QString &field, const QList<Core::Deployment> &deployments) {
                const Core::Status done = DocumentEdits::setDeployments(m_document, m_environmentId,
                                                                        field, deployments);
                if (!done)
                    reportFailure(done.error().message);
            });
    connect(m_deploymentForm, &DeploymentForm::deployRequested, this,
            [this](const QStringList &ids) {
                const Core::Status done
                    = DocumentEdits::deployComponents(m_document, m_environmentId, ids, {});
                if (!done)
                    reportFailure(done.error().message);
            });
    connect(m_connectionForm, &ConnectionForm::edited, this,
            [this](const QString &field, const Core::Connection &connection) {
                const Core::Status done
                    = DocumentEdits::setConnection(m_document, field, connection);
                if (!done)
                    reportFailure(done.error().message);
            });
    connect(m_groupForm, &GroupForm::labelEdited, this,
            [this](const QString &groupId, const QString &label) {
                const Core::Status done = DocumentEdits::setGroupLabel(m_document, groupId, label);
                if (!done)
                    reportFailure(done.error().message);
            });
    refresh();
}

void InspectorWidget::setSelection(const QString &environmentId, const QStringList &componentIds,
                                   const QStringList &connectionIds, const QStringList &groupIds)
{
    m_environmentId = environmentId;
    m_componentIds = componentIds;
    m_connectionIds = connectionIds;
    m_groupIds = groupIds;
    refresh();
}

void InspectorWidget::refresh()
{
    const Core::Project &project = m_document.project();
    // Forget what the model no longer has (deleted, or the project replaced).
    m_componentIds.removeIf([&](const QString &id) { return !project.component(id); });
    m_groupIds.removeIf([&](const QString &id) {
        return std::none_of(project.groups.cbegin(), project.groups.cend(),
                            [&](const Core::Group &g) { return g.id == id; });
    });
    const Core::Connection *connection = nullptr;
    for (const Core::Connection &c : project.connections) {
        if (m_connectionIds.contains(c.id))
            connection = &c;
    }
    if (!m_document.hasProject()) {
        m_pages->setCurrentIndex(EmptyPage);
    } else if (!m_componentIds.isEmpty()) {
        const QString filePath = m_document.filePath();
        m_componentForm->setProjectDirectory(
            filePath.isEmpty() ? QString() : QFileInfo(filePath).absolutePath());
        m_componentForm->show(project, m_componentIds);
        m_deploymentForm->show(project, m_environmentId, m_componentIds);
        m_pages->setCurrentIndex(ComponentPage);
    } else if (connection) {
        m_connectionForm->show(project, *connection);
        m_pages->setCurrentIndex(ConnectionPage);
    } else if (!m_groupIds.isEmpty()) {
        for (const Core::Group &group : project.groups) {
            if (group.id == m_groupIds.first())
                m_groupForm->show(project, group);
        }
        m_pages->setCurrentIndex(GroupPage);
    } else {
        m_pages->setCurrentIndex(EmptyPage);
    }
}

void InspectorWidget::reportFailure(const QString &message)
{
    // The model refused what the form accepted: the form shows the model's value again.
    emit failed(message);
    refresh();
}

} // namespace Stackdraft::App
