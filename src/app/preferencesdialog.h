#pragma once

#include "app/preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace Stackdraft::App {

// Edits a Preferences value (ui/preferencesdialog.ui); the caller saves and applies it.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace Stackdraft::App
