# kubeconfig loading, credentials and TLS/proxy setup (backend/cluster/kubeconfig.cmake).
# Fixtures live in kubeconfig/data and are found with QFINDTESTDATA or FEDCONSOLE_SOURCE_DIR.
fc_add_test(tst_kubeconfig SOURCES kubeconfig/tst_kubeconfig.cpp LIBS fedconsole_backend)
fc_add_test(tst_credentialprovider SOURCES kubeconfig/tst_credentialprovider.cpp LIBS fedconsole_backend)
# Handshakes against an in-process TLS server on 127.0.0.1 (server certificate made with the
# openssl command at run time; skipped without it).
fc_add_test(tst_tlssetup SOURCES kubeconfig/tst_tlssetup.cpp LIBS fedconsole_backend)
