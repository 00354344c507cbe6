#include "app/live/assumptionstab.h"

#include "app/usageassumptionsform.h"
#include "document/commands/setenvironmentsettingscommand.h"
#include "document/projectdocument.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Stackdraft::App {

AssumptionsTab::AssumptionsTab(ProjectDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new UsageAssumptionsForm(this))
{
    setObjectName(QStringLiteral("costAssumptions"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(
        tr("What the cost engine cannot read from the design, per month. Each change is priced at "
           "once and can be undone."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_form->removeMnemonics();
    layout->addWidget(m_form);
    layout->addStretch(1);

    connect(m_form, &UsageAssumptionsForm::edited, this, &AssumptionsTab::onEdited);
    connect(&document, &ProjectDocument::projectReset, this, &AssumptionsTab::refresh);
    connect(&document, &ProjectDocument::environmentChanged, this,
            [this](const QString &environmentId) {
                if (environmentId == m_environment)
                    refresh();
            });
    refresh();
}

void AssumptionsTab::setEnvironment(const QString &environmentId)
{
    m_environment = environmentId;
    refresh();
}

void AssumptionsTab::refresh()
{
    const Core::Environment *environment = m_document.project().environment(m_environment);
    m_form->setEnabled(environment != nullptr);
    m_form->setUsage(environment ? environment->usage : Core::UsageAssumptions());
}

void AssumptionsTab::onEdited(const QString &field)
{
    const Core::Environment *environment = m_document.project().environment(m_environment);
    if (!environment)
        return;
    Core::Environment settings = *environment;
    settings.usage = m_form->usage();
    const Core::Status pushed = m_document.push(new Document::SetEnvironmentSettingsCommand(
        &m_document, settings, QStringLiteral("usage.%1").arg(field)));
    if (!pushed)
        refresh(); // the figures say what the model holds
}

} // namespace Stackdraft::App
