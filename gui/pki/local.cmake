# gui/pki, local PKI part: certificates page, CA/issue/sign/renew/export dialogs, federation wizard.
target_sources(fedconsole_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PkiServices.h
  ${CMAKE_CURRENT_LIST_DIR}/PkiWidgets.h ${CMAKE_CURRENT_LIST_DIR}/PkiWidgets.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExportLayouts.h ${CMAKE_CURRENT_LIST_DIR}/ExportLayouts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PassphraseDialog.h ${CMAKE_CURRENT_LIST_DIR}/PassphraseDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CaDialogs.h ${CMAKE_CURRENT_LIST_DIR}/CaDialogs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IssueCertificateDialog.h ${CMAKE_CURRENT_LIST_DIR}/IssueCertificateDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SignCsrDialog.h ${CMAKE_CURRENT_LIST_DIR}/SignCsrDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RenewDialog.h ${CMAKE_CURRENT_LIST_DIR}/RenewDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExportDialog.h ${CMAKE_CURRENT_LIST_DIR}/ExportDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FederationWorker.h ${CMAKE_CURRENT_LIST_DIR}/FederationWorker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FederationWizard.h ${CMAKE_CURRENT_LIST_DIR}/FederationWizard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CertificatesPage.h ${CMAKE_CURRENT_LIST_DIR}/CertificatesPage.cpp)
