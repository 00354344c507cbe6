#include "app/inspector/mountedfiledialog.h"

#include "app/inspector/mountedfilesource.h"
#include "core/io/mountedfileparser.h"
#include "ui_mountedfiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>

namespace Stackdraft::App {

MountedFileDialog::MountedFileDialog(const QString &projectDirectory, const QStringList &takenPaths,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MountedFileDialog>())
    , m_projectDirectory(projectDirectory)
    , m_takenPaths(takenPaths)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->errorLabel->hide();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->content->setFont(mono);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MountedFileDialog::accept);
    connect(m_ui->inlineContent, &QRadioButton::toggled, this, &MountedFileDialog::updateMode);
    connect(m_ui->chooseSource, &QPushButton::clicked, this, &MountedFileDialog::chooseSource);
    // The path is checked as it is typed; a source only when accepted (it reads a file).
    connect(m_ui->containerPath, &QLineEdit::textEdited, this, [this](const QString &text) {
        showError(Core::MountedFileParser::containerPathProblem(text.trimmed()));
    });
    connect(m_ui->source, &QLineEdit::textEdited, this, [this](const QString &text) {
        showError(Core::MountedFileParser::sourcePathProblem(text.trimmed()));
    });
    updateMode();
}

MountedFileDialog::~MountedFileDialog() = default;

void MountedFileDialog::setFile(const Core::MountedFile &file)
{
    m_file = file;
    m_ui->containerPath->setText(file.path);
    (file.isInline() ? m_ui->inlineContent : m_ui->sourceFile)->setChecked(true);
    m_ui->source->setText(file.source);
    m_ui->content->setPlainText(file.isInline() ? QString::fromUtf8(file.content) : QString());
    updateMode();
}

void MountedFileDialog::updateMode()
{
    const bool isInline = m_ui->inlineContent->isChecked();
    m_ui->content->setEnabled(isInline);
    m_ui->source->setEnabled(!isInline);
    m_ui->chooseSource->setEnabled(!isInline);
}

void MountedFileDialog::chooseSource()
{
    if (m_projectDirectory.isEmpty())
        return showError(tr("Save the project first: a source file is found beside the project "
                            "file."));
    const QString chosen
        = QFileDialog::getOpenFileName(this, tr("Choose the File to Mount"),
                                       QDir(m_projectDirectory).filePath(m_ui->source->text()));
    if (chosen.isEmpty())
        return;
    const QString relative = QDir(m_projectDirectory).relativeFilePath(chosen);
    m_ui->source->setText(relative);
    showError(Core::MountedFileParser::sourcePathProblem(relative));
}

Core::Result<Core::MountedFile> MountedFileDialog::read() const
{
    Core::MountedFile file;
    file.path = m_ui->containerPath->text().trimmed();
    if (const QString problem = Core::MountedFileParser::containerPathProblem(file.path);
        !problem.isEmpty())
        return Core::Error {problem};
    if (m_takenPaths.contains(file.path))
        return Core::Error {tr("Another file of this component is mounted at %1.").arg(file.path)};
    if (m_ui->inlineContent->isChecked()) {
        file.content = m_ui->content->toPlainText().toUtf8();
        if (file.content.size() > Core::MountedFile::MaxSize)
            return Core::Error {tr("The text is %1; a mounted file holds at most %2.")
                                    .arg(QLocale().formattedDataSize(file.content.size()),
                                         QLocale().formattedDataSize(Core::MountedFile::MaxSize))};
        return file;
    }
    file.source = m_ui->source->text().trimmed();
    if (m_projectDirectory.isEmpty())
        return Core::Error {tr("Save the project first: a source file is found beside the "
                               "project file.")};
    if (file.source.isEmpty())
        return Core::Error {tr("Name the source file, relative to the project file.")};
    const Core::Result<QByteArray> content
        = MountedFileSource::read(m_projectDirectory, file.source);
    if (!content)
        return content.error();
    file.content = *content;
    return file;
}

void MountedFileDialog::accept()
{
    const Core::Result<Core::MountedFile> file = read();
    if (!file)
        return showError(file.error().message);
    m_file = *file;
    QDialog::accept();
}

void MountedFileDialog::showError(const QString &error)
{
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
}

QString MountedFileDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

} // namespace Stackdraft::App
