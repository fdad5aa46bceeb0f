# model/app: preferences checked when read; a settings file that cannot be used is moved aside.
fc_add_test(tst_preferences SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_preferences.cpp LIBS fedconsole_model)
