#include "app/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include <QPushButton>

namespace Stackdraft::App {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->theme->addItem(tr("Same as the system"),
                         Preferences::themeId(Preferences::Theme::System));
    m_ui->theme->addItem(tr("Light"), Preferences::themeId(Preferences::Theme::Light));
    m_ui->theme->addItem(tr("Dark"), Preferences::themeId(Preferences::Theme::Dark));
    m_ui->language->addItem(tr("Same as the system"), QString());
    // Each language in its own name, so that a person who cannot read the current one finds it.
    m_ui->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences {}); });
    setPreferences(preferences);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_ui->gridSize->setValue(preferences.gridSize);
    m_ui->snapToGrid->setChecked(preferences.snapToGrid);
    m_ui->theme->setCurrentIndex(
        qMax(0, m_ui->theme->findData(Preferences::themeId(preferences.theme))));
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(preferences.language)));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.gridSize = m_ui->gridSize->value();
    preferences.snapToGrid = m_ui->snapToGrid->isChecked();
    preferences.theme = Preferences::themeFromId(m_ui->theme->currentData().toString());
    preferences.language = m_ui->language->currentData().toString();
    return preferences;
}

} // namespace Stackdraft::App
