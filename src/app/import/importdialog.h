#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Stackdraft::App {

// File > Import…: what to import (files or folders, in order), as what (the same choices as
// `stackdraft import --from`), and where to (a new project, or a new environment of the open one).
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(bool projectOpen, QWidget *parent = nullptr);

    QStringList paths() const;
    QString format() const; // empty: recognised from the first file
    bool intoOpenProject() const;
    QString environment() const;
    QStringList profiles() const;
    void setPaths(const QStringList &paths); // tests and drag-and-drop

private:
    void addFiles();
    void addFolder();
    void updateButtons();

    QListWidget *m_paths;
    QComboBox *m_format;
    QRadioButton *m_newProject;
    QRadioButton *m_newEnvironment;
    QLineEdit *m_environment;
    QLineEdit *m_profiles;
    QPushButton *m_okButton = nullptr;
};

} // namespace Stackdraft::App
