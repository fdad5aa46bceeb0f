# model/pki: CA store on disk, certificate inventory model.
find_package(Qt6 REQUIRED COMPONENTS Gui)
fc_add_test(tst_castore SOURCES pki/tst_castore.cpp LIBS fc_model_pki)
fc_add_test(tst_certificateinventory SOURCES pki/tst_certificateinventory.cpp LIBS fc_model_pki Qt6::Gui)
# the `cert` CLI command, compiled in directly (fedconsole-cli is an executable)
fc_add_test(tst_certcommand SOURCES pki/tst_certcommand.cpp ${PROJECT_SOURCE_DIR}/cli/CertCommand.cpp LIBS fc_model_pki)
# certificates in cluster Secrets: manifests, redaction, validation, renewal plans; the cluster inventory model
fc_add_test(tst_certificatesecrets SOURCES pki/tst_certificatesecrets.cpp LIBS fc_model_pki)
fc_add_test(tst_clustercertificatemodel SOURCES pki/tst_clustercertificatemodel.cpp LIBS fc_model_pki Qt6::Gui)
