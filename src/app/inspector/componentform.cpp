#include "app/inspector/componentform.h"

#include "app/iconcache.h"
#include "app/inspector/commandlinetext.h"
#include "app/inspector/mountedfiledialog.h"
#include "core/catalog/catalog.h"
#include "core/model/naming.h"
#include "core/model/project.h"
#include "ui_componentform.h"

#include <QFormLayout>
#include <QSignalBlocker>

namespace Stackdraft::App {

ComponentForm::ComponentForm(const Core::Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComponentForm>())
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->errorLabel->hide();
    for (const Core::ComponentType &type : m_catalog.types())
        m_ui->type->addItem(IconCache::instance().icon(type.icon()), type.translatedLabel(),
                            type.id());

    connect(m_ui->componentId, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString id = text.trimmed();
        if (!Core::Naming::isDnsLabel(id))
            showError(tr("“%1” is not a valid id: lower-case letters, digits and -, starting and "
                         "ending with a letter or digit, at most 63 characters.")
                          .arg(text));
        else if (m_components.size() == 1 && id != m_components.first().id
                 && m_takenIds.contains(id))
            showError(tr("Another component is already called %1.").arg(id));
        else
            showError({});
    });
    connect(m_ui->componentId, &QLineEdit::editingFinished, this, &ComponentForm::finishRename);
    auto text = [this](QLineEdit *edit, const QString &field, auto member) {
        connect(edit, &QLineEdit::textEdited, this, [this, field, member](const QString &value) {
            apply(field, [&](Core::Component &c) { c.*member = value.trimmed(); });
        });
    };
    text(m_ui->label, QStringLiteral("label"), &Core::Component::label);
    text(m_ui->image, QStringLiteral("image"), &Core::Component::image);
    text(m_ui->build, QStringLiteral("build"), &Core::Component::build);
    text(m_ui->description, QStringLiteral("description"), &Core::Component::description);
    connect(m_ui->type, &QComboBox::activated, this, [this] {
        const QString type = m_ui->type->currentData().toString();
        apply(QStringLiteral("type"), [&](Core::Component &c) { c.type = type; });
    });
    connect(m_ui->ports, &PortsTable::errorChanged, this, &ComponentForm::showError);
    connect(m_ui->ports, &PortsTable::edited, this, [this](const QList<Core::Port> &ports) {
        apply(QStringLiteral("ports"), [&](Core::Component &c) { c.ports = ports; });
    });
    connect(m_ui->env, &EnvVarTable::errorChanged, this, &ComponentForm::showError);
    connect(m_ui->env, &EnvVarTable::edited, this, [this](const QList<Core::EnvVar> &variables) {
        apply(QStringLiteral("env"), [&](Core::Component &c) { c.env = variables; });
    });
    auto commandLine = [this](QLineEdit *edit, const QString &field, auto member) {
        connect(edit, &QLineEdit::textEdited, this, [this, field, member](const QString &text) {
            const QStringList list = CommandLineText::split(text);
            apply(field, [&](Core::Component &c) { c.*member = list; });
        });
    };
    commandLine(m_ui->command, QStringLiteral("command"), &Core::Component::command);
    commandLine(m_ui->args, QStringLiteral("args"), &Core::Component::args);
    connect(m_ui->addFile, &QToolButton::clicked, this, [this] { editFile(-1); });
    connect(m_ui->editFile, &QToolButton::clicked, this, [this] {
        const QList<int> rows = m_ui->files->selectedFileRows();
        if (!rows.isEmpty())
            editFile(rows.last());
    });
    connect(m_ui->files, &FilesTable::editRequested, this, &ComponentForm::editFile);
    connect(m_ui->removeFile, &QToolButton::clicked, this, &ComponentForm::removeSelectedFiles);
    connect(m_ui->addPort, &QToolButton::clicked, m_ui->ports, &PortsTable::addRow);
    connect(m_ui->removePort, &QToolButton::clicked, m_ui->ports, &PortsTable::removeSelectedRows);
    connect(m_ui->addEnv, &QToolButton::clicked, m_ui->env, &EnvVarTable::addRow);
    connect(m_ui->removeEnv, &QToolButton::clicked, m_ui->env, &EnvVarTable::removeSelectedRows);
}

ComponentForm::~ComponentForm() = default;

void ComponentForm::finishRename()
{
    if (m_components.size() != 1)
        return;
    const QString oldId = m_components.first().id;
    const QString id = m_ui->componentId->text().trimmed();
    if (id == oldId)
        return;
    if (!Core::Naming::isDnsLabel(id) || m_takenIds.contains(id)) {
        // The reason stays on screen; the field shows the id the model still has.
        const QSignalBlocker blocker(m_ui->componentId);
        m_ui->componentId->setText(oldId);
        return;
    }
    emit renameRequested(oldId, id);
}

void ComponentForm::editFile(int row)
{
    if (m_components.size() != 1)
        return;
    const QList<Core::MountedFile> files = m_components.first().files;
    QStringList takenPaths;
    for (int i = 0; i < files.size(); ++i) {
        if (i != row)
            takenPaths << files.at(i).path;
    }
    MountedFileDialog dialog(m_projectDirectory, takenPaths, this);
    dialog.setWindowTitle(row < 0 ? tr("Mount a File in %1").arg(m_components.first().id)
                                  : tr("Mounted File of %1").arg(m_components.first().id));
    if (row >= 0 && row < files.size())
        dialog.setFile(files.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    apply(QStringLiteral("files"), [&](Core::Component &c) {
        if (row >= 0 && row < c.files.size())
            c.files[row] = dialog.file();
        else
            c.files.append(dialog.file());
    });
}

void ComponentForm::removeSelectedFiles()
{
    const QList<int> rows = m_ui->files->selectedFileRows(); // highest first
    apply(QStringLiteral("files"), [&](Core::Component &c) {
        for (int row : rows) {
            if (row < c.files.size())
                c.files.removeAt(row);
        }
    });
}

void ComponentForm::fillCommandLine(const Core::Component &component, bool sameSelection)
{
    for (auto [edit, list] :
         {std::pair {m_ui->command, &component.command}, std::pair {m_ui->args, &component.args}}) {
        // A line being typed keeps its spelling while it says what the model holds.
        const bool typing
            = edit->hasFocus() && sameSelection && CommandLineText::split(edit->text()) == *list;
        if (!typing)
            edit->setText(CommandLineText::join(*list));
    }
}

void ComponentForm::apply(const QString &field,
                          const std::function<void(Core::Component &)> &change)
{
    if (m_filling || m_components.isEmpty())
        return;
    showError({});
    QList<Core::Component> changed = m_components;
    for (Core::Component &component : changed)
        change(component);
    if (changed == m_components)
        return;
    m_components = changed;
    emit edited(field, changed);
}

void ComponentForm::showError(const QString &error)
{
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
}

QString ComponentForm::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void ComponentForm::show(const Core::Project &project, const QStringList &componentIds)
{
    m_filling = true;
    QList<Core::Component> components;
    for (const QString &id : componentIds) {
        if (const Core::Component *component = project.component(id))
            components << *component;
    }
    QStringList oldIds, newIds;
    for (const Core::Component &c : std::as_const(m_components))
        oldIds << c.id;
    for (const Core::Component &c : std::as_const(components))
        newIds << c.id;
    const bool sameSelection = oldIds == newIds;
    if (!sameSelection)
        showError({});
    m_components = components;
    m_takenIds.clear();
    for (const Core::Component &c : project.components)
        m_takenIds << c.id;

    const bool one = components.size() == 1;
    const Core::Component first = components.value(0);
    auto shared = [&](auto member) {
        for (const Core::Component &c : std::as_const(components)) {
            if (c.*member != first.*member)
                return false;
        }
        return true;
    };
    // Fields a person is typing in keep their text: the model already holds it.
    auto fill = [&](QLineEdit *edit, auto member, bool editable) {
        const bool same = shared(member);
        if (!(edit->hasFocus() && sameSelection))
            edit->setText(same ? first.*member : QString());
        edit->setPlaceholderText(same ? QString() : tr("(several values)"));
        edit->setEnabled(editable);
    };
    fill(m_ui->componentId, &Core::Component::id, one);
    fill(m_ui->label, &Core::Component::label, one);
    fill(m_ui->image, &Core::Component::image, true);
    fill(m_ui->build, &Core::Component::build, true);
    fill(m_ui->description, &Core::Component::description, one);
    {
        const QSignalBlocker blocker(m_ui->type);
        int index = shared(&Core::Component::type) ? m_ui->type->findData(first.type) : -1;
        if (index < 0 && shared(&Core::Component::type) && !first.type.isEmpty()) {
            m_ui->type->addItem(first.type, first.type); // a type this catalog lacks
            index = m_ui->type->count() - 1;
        }
        m_ui->type->setCurrentIndex(index);
    }
    m_ui->portsGroup->setVisible(one);
    m_ui->envGroup->setVisible(one);
    m_ui->filesGroup->setVisible(one);
    m_ui->sharedGroupLayout->setRowVisible(m_ui->command, one);
    m_ui->sharedGroupLayout->setRowVisible(m_ui->args, one);
    if (one) {
        fillCommandLine(first, sameSelection);
        m_ui->files->setFiles(first.files);
    }
    if (one && !(sameSelection && m_ui->ports->hasFocus()))
        m_ui->ports->setPorts(first.ports);
    if (one && !(sameSelection && m_ui->env->hasFocus()))
        m_ui->env->setVariables(first.env);
    m_filling = false;
}

} // namespace Stackdraft::App
