#pragma once

#include "core/model/environment.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EnvironmentSettingsDialog;
}

namespace Stackdraft::Core {
class PriceBooks;
}

namespace Stackdraft::App {

// Edits one environment's settings (ui/environmentsettingsdialog.ui): name, description, platform,
// region and price book, budget and usage assumptions. Deployments are left as they were. OK stays
// refused while a budget field holds something that is not a quantity.
class EnvironmentSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    EnvironmentSettingsDialog(const Core::Environment &environment,
                              const Core::PriceBooks &priceBooks, QWidget *parent = nullptr);
    ~EnvironmentSettingsDialog() override;

    // The environment given to the constructor with the dialog's settings applied.
    Core::Environment environment() const;
    QString errorText() const;

    void accept() override;

private:
    bool validate();

    std::unique_ptr<Ui::EnvironmentSettingsDialog> m_ui;
    Core::Environment m_environment;
};

} // namespace Stackdraft::App
