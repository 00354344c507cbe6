#include "app/import/importdialog.h"

#include "core/import/importerregistry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Stackdraft::App {

ImportDialog::ImportDialog(bool projectOpen, QWidget *parent)
    : QDialog(parent)
    , m_paths(new QListWidget(this))
    , m_format(new QComboBox(this))
    , m_newProject(new QRadioButton(tr("A new project"), this))
    , m_newEnvironment(new QRadioButton(tr("A new environment of the open project"), this))
    , m_environment(new QLineEdit(this))
    , m_profiles(new QLineEdit(this))
{
    setWindowTitle(tr("Import"));
    setObjectName(QStringLiteral("importDialog"));
    m_paths->setObjectName(QStringLiteral("importPaths"));
    m_paths->setMinimumHeight(120);
    auto *addFiles = new QPushButton(tr("Add &Files…"), this);
    auto *addFolder = new QPushButton(tr("Add F&older…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_paths->selectedItems());
        updateButtons();
    });
    auto *pathButtons = new QVBoxLayout;
    pathButtons->addWidget(addFiles);
    pathButtons->addWidget(addFolder);
    pathButtons->addWidget(remove);
    pathButtons->addStretch();
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_paths, 1);
    pathRow->addLayout(pathButtons);

    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(tr("Recognise from the first file"), QString());
    for (const Core::Importer *importer : Core::ImporterRegistry::standard().importers())
        m_format->addItem(importer->name(), importer->id());

    m_newProject->setChecked(true);
    m_newEnvironment->setEnabled(projectOpen);
    m_newEnvironment->setObjectName(QStringLiteral("importIntoOpenProject"));
    m_environment->setObjectName(QStringLiteral("importEnvironment"));
    m_environment->setPlaceholderText(
        tr("development (compose, Mermaid), production (Kubernetes)"));
    m_environment->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")), this));
    m_profiles->setPlaceholderText(tr("compose profiles to activate, comma-separated"));

    auto *form = new QFormLayout;
    form->addRow(tr("Files:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    auto *target = new QVBoxLayout;
    target->addWidget(m_newProject);
    target->addWidget(m_newEnvironment);
    form->addRow(tr("Import into:"), target);
    form->addRow(tr("Environment id:"), m_environment);
    form->addRow(tr("Profiles:"), m_profiles);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_paths->model(), &QAbstractItemModel::rowsInserted, this,
            &ImportDialog::updateButtons);
    connect(m_paths->model(), &QAbstractItemModel::rowsRemoved, this, &ImportDialog::updateButtons);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    updateButtons();
    resize(640, 420);
}

QStringList ImportDialog::paths() const
{
    QStringList out;
    for (int i = 0; i < m_paths->count(); ++i)
        out << m_paths->item(i)->text();
    return out;
}

QString ImportDialog::format() const
{
    return m_format->currentData().toString();
}

bool ImportDialog::intoOpenProject() const
{
    return m_newEnvironment->isChecked();
}

QString ImportDialog::environment() const
{
    return m_environment->text().trimmed();
}

QStringList ImportDialog::profiles() const
{
    QStringList out;
    for (const QString &profile : m_profiles->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << profile.trimmed();
    return out;
}

void ImportDialog::setPaths(const QStringList &paths)
{
    m_paths->clear();
    m_paths->addItems(paths);
    updateButtons();
}

void ImportDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Files to Import"), {},
        tr("Compose, manifests and diagrams (*.yaml *.yml *.json *.md *.mmd);;All files (*)"));
    m_paths->addItems(files);
}

void ImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to Import"));
    if (!folder.isEmpty())
        m_paths->addItem(folder);
}

void ImportDialog::updateButtons()
{
    if (m_okButton)
        m_okButton->setEnabled(m_paths->count() > 0);
}

} // namespace Stackdraft::App
