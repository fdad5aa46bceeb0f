# backend/core: shared helpers.
fc_add_test(tst_parallelfor SOURCES core/tst_parallelfor.cpp LIBS fc_backend_core)
