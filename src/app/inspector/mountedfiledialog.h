#pragma once

#include "core/model/mountedfile.h"
#include "core/result.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class MountedFileDialog;
}

namespace Stackdraft::App {

// Adds or edits one mounted file of a component (ui/mountedfiledialog.ui): its container path and
// its text, either written inline (a small editor) or read from a file beside the project file
// (chosen with a file dialog, kept relative to the project file's directory). OK is refused with
// the reason beside the fields while the path is not an absolute plain path free in the
// component, or the source would not load (the reader's own rules).
class MountedFileDialog final : public QDialog
{
    Q_OBJECT

public:
    // `projectDirectory`: where sources are looked up; empty while the project is unsaved.
    // `takenPaths`: the component's other files' paths.
    MountedFileDialog(const QString &projectDirectory, const QStringList &takenPaths,
                      QWidget *parent = nullptr);
    ~MountedFileDialog() override;

    void setFile(const Core::MountedFile &file);
    // The file as accepted (the source's text read into `content`).
    Core::MountedFile file() const { return m_file; }
    QString errorText() const;

    void accept() override;

private:
    // The file the fields describe, or why they do not describe one.
    Core::Result<Core::MountedFile> read() const;
    void chooseSource();
    void updateMode();
    void showError(const QString &error);

    std::unique_ptr<Ui::MountedFileDialog> m_ui;
    QString m_projectDirectory;
    QStringList m_takenPaths;
    Core::MountedFile m_file;
};

} // namespace Stackdraft::App
