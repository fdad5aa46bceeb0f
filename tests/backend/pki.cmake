# backend/pki: unit tests, interop with the openssl CLI, framework presets.
fc_add_test(tst_certificateauthority SOURCES pki/tst_certificateauthority.cpp LIBS fc_backend_pki)
fc_add_test(tst_pki_openssl_interop SOURCES pki/tst_pki_openssl_interop.cpp pki/PkiTestUtil.h LIBS fc_backend_pki)
fc_add_test(tst_frameworkpresets SOURCES pki/tst_frameworkpresets.cpp LIBS fc_backend_pki)
fc_add_test(tst_rsakeygeneration SOURCES pki/tst_rsakeygeneration.cpp pki/PkiTestUtil.h LIBS fc_backend_pki)
